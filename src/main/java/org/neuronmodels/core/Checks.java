package org.neuronmodels.core;

/**
 * Input validation that fails with an {@link InvalidParameterException} naming
 * the parameter, its unit and the allowed range.
 */
public final class Checks {

	private Checks() {}

	/** Fails unless {@code value} is a finite number. */
	public static double finite(final String name, final String unit, final double value) {
		if (!Double.isFinite(value)) throw invalid(name, unit, value, "must be a finite number");
		return value;
	}

	/** Fails unless {@code value} is finite and strictly positive. */
	public static double positive(final String name, final String unit, final double value) {
		if (!(Double.isFinite(value) && value > 0)) throw invalid(name, unit, value, "must be > 0" + space(unit));
		return value;
	}

	/** Fails unless {@code value} is finite and not negative. */
	public static double nonNegative(final String name, final String unit, final double value) {
		if (!(Double.isFinite(value) && value >= 0)) throw invalid(name, unit, value, "must be >= 0" + space(unit));
		return value;
	}

	/** Fails unless {@code min <= value <= max}. */
	public static double inRange(final String name, final String unit, final double value, final double min,
		final double max)
	{
		if (!(value >= min && value <= max)) {
			throw invalid(name, unit, value, "must be between " + fmt(min) + " and " + fmt(max) + space(unit));
		}
		return value;
	}

	/** Fails unless {@code min <= value <= max} for an integer parameter. */
	public static long inRange(final String name, final long value, final long min, final long max) {
		if (value < min || value > max) {
			throw new InvalidParameterException(name, name + " = " + value + " is invalid: must be between " + min +
				" and " + max);
		}
		return value;
	}

	/** Fails with a message built from the parameter, its value and the rule. */
	public static InvalidParameterException invalid(final String name, final String unit, final double value,
		final String rule)
	{
		return new InvalidParameterException(name, name + " = " + fmt(value) + space(unit) + " is invalid: " + rule);
	}

	/** Formats a number compactly: integers without decimals, others with up to 6 significant digits. */
	public static String fmt(final double v) {
		if (Double.isNaN(v)) return "NaN";
		if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
		return String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2")
			.replace(".e", "e").replaceAll("\\.$", "");
	}

	private static String space(final String unit) {
		return unit == null || unit.isEmpty() ? "" : " " + unit;
	}
}

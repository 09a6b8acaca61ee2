package org.neuronmodels.core.sweep;

import java.util.Locale;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * The values one swept parameter takes: {@code steps} values from {@code min}
 * to {@code max} (both included), spaced linearly or logarithmically. Errors
 * name {@link #field()}, the input that gave the range (e.g. {@code values1}).
 */
public final class SweepAxis {

	/** The most values one axis may have. */
	public static final int MAX_STEPS = 100_000;

	/** How the values are spaced between min and max. */
	public enum Spacing {
		/** Equal differences: {@code min + i·(max − min)/(steps − 1)}. */
		LINEAR("Linear"),
		/** Equal ratios: {@code min·(max/min)^(i/(steps − 1))}; min and max must be &gt; 0. */
		LOG("Log");

		private final String label;

		Spacing(final String label) {
			this.label = label;
		}

		/** The label used in dialogs and macros: "Linear" or "Log". */
		public String label() {
			return label;
		}

		/** The spacing with this label (case-insensitive); errors name {@code field}. */
		public static Spacing fromLabel(final String field, final String label) {
			for (final Spacing s : values())
				if (s.label.equalsIgnoreCase(label.trim()) || s.name().equalsIgnoreCase(label.trim())) return s;
			throw new InvalidParameterException(field, field + ": spacing \"" + label +
				"\" is invalid: must be \"Linear\" or \"Log\"");
		}
	}

	private final String parameter;
	private final String field;
	private final double min;
	private final double max;
	private final Spacing spacing;
	private final double[] values;

	private SweepAxis(final String parameter, final String field, final double min, final double max,
		final int steps, final Spacing spacing)
	{
		this.parameter = parameter;
		this.field = field;
		this.min = min;
		this.max = max;
		this.spacing = spacing;
		this.values = new double[steps];
		for (int i = 0; i < steps; i++)
			values[i] = value(i, steps);
		if (steps > 1) values[steps - 1] = max; // exact end point
	}

	/**
	 * An axis over {@code parameter} with {@code steps} values from {@code min} to {@code max};
	 * errors name {@code field}. {@code steps = 1} gives {@code min} alone.
	 */
	public static SweepAxis of(final String parameter, final String field, final double min, final double max,
		final int steps, final Spacing spacing)
	{
		if (!Double.isFinite(min) || !Double.isFinite(max)) {
			throw new InvalidParameterException(field, field + ": min = " + Checks.fmt(min) + ", max = " + Checks.fmt(
				max) + " is invalid: both must be finite numbers");
		}
		if (steps < 1 || steps > MAX_STEPS) {
			throw new InvalidParameterException(field, field + ": steps = " + steps + " is invalid: must be between 1 and " +
				MAX_STEPS);
		}
		if (steps > 1 && !(max > min)) {
			throw new InvalidParameterException(field, field + ": max = " + Checks.fmt(max) +
				" is invalid: must be greater than min = " + Checks.fmt(min) + " (or use steps = 1)");
		}
		if (spacing == Spacing.LOG && !(min > 0)) {
			throw new InvalidParameterException(field, field + ": min = " + Checks.fmt(min) +
				" is invalid for Log spacing: must be > 0 (use Linear spacing for values ≤ 0)");
		}
		return new SweepAxis(parameter, field, min, max, steps, spacing);
	}

	/**
	 * Parses {@code "min, max, steps"} or {@code "min, max, steps, Linear|Log"} (commas or
	 * spaces between the parts; Linear if the spacing is left out); errors name {@code field}.
	 */
	public static SweepAxis parse(final String parameter, final String field, final String text) {
		final String t = text == null ? "" : text.trim();
		final String[] parts = t.isEmpty() ? new String[0] : t.split("[\\s,;]+");
		if (parts.length < 3 || parts.length > 4) {
			throw new InvalidParameterException(field, field + " = \"" + t +
				"\" is invalid: expected \"min, max, steps\" or \"min, max, steps, Linear|Log\", e.g. \"1, 10, 10, Log\"");
		}
		final double min = number(field, "min", parts[0]);
		final double max = number(field, "max", parts[1]);
		final double steps = number(field, "steps", parts[2]);
		if (steps != Math.rint(steps)) {
			throw new InvalidParameterException(field, field + ": steps = " + parts[2] +
				" is invalid: must be a whole number between 1 and " + MAX_STEPS);
		}
		final Spacing spacing = parts.length == 4 ? Spacing.fromLabel(field, parts[3]) : Spacing.LINEAR;
		return of(parameter, field, min, max, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, steps)),
			spacing);
	}

	/** The swept parameter (the field name of the swept command's input). */
	public String parameter() {
		return parameter;
	}

	/** The input that gave this axis (for error messages), e.g. {@code values1}. */
	public String field() {
		return field;
	}

	/** The number of values. */
	public int size() {
		return values.length;
	}

	/** Value {@code i}. */
	public double value(final int i) {
		return values[i];
	}

	/** All values, in order (a copy). */
	public double[] values() {
		return values.clone();
	}

	/** The first value. */
	public double min() {
		return min;
	}

	/** The last value. */
	public double max() {
		return max;
	}

	/** The spacing. */
	public Spacing spacing() {
		return spacing;
	}

	/** The axis as text, e.g. {@code "tauM: 5 … 50 ms, 10 steps, Log"}. */
	public String describe(final String unit) {
		return parameter + ": " + Checks.fmt(min) + " … " + Checks.fmt(max) + (unit.isEmpty() ? "" : " " + unit) + ", " +
			values.length + (values.length == 1 ? " step" : " steps") + ", " + spacing.label();
	}

	private double value(final int i, final int steps) {
		if (steps == 1 || i == 0) return min;
		final double f = i / (double) (steps - 1);
		return spacing == Spacing.LINEAR ? min + f * (max - min) : min * Math.pow(max / min, f);
	}

	private static double number(final String field, final String what, final String text) {
		try {
			return Double.parseDouble(text.trim().toLowerCase(Locale.ROOT).replace("infinity", "Infinity"));
		}
		catch (final NumberFormatException e) {
			throw new InvalidParameterException(field, field + ": " + what + " = \"" + text +
				"\" is invalid: not a number");
		}
	}
}

package org.neuronmodels.module;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Converts parsed values to Java's primitive number types without the silent
 * rounding, wrapping or defaulting of a lenient converter: "2.7" is not an
 * int, 3e9 is not an int, and "abc" is not a number.
 */
final class StrictNumbers {

	private StrictNumbers() {}

	/** Whether {@code type} (boxed) is one of the six primitive number types. */
	static boolean handles(final Class<?> type) {
		return type == Double.class || type == Float.class || type == Long.class ||
			type == Integer.class || type == Short.class || type == Byte.class;
	}

	/** Converts a parsed number or text to the boxed number type, or throws naming the input. */
	static Number convert(final String name, final Object value,
		final Class<?> type)
	{
		final String what = KeyValueInputs.text(value);
		final Number n = toNumber(name, value, type);
		if (type == Double.class) return n.doubleValue();
		if (type == Float.class) {
			final double d = n.doubleValue();
			if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
				throw outOfRange(name, what, "float");
			}
			return (float) d;
		}
		final long l = toLong(name, what, n);
		if (type == Long.class) return l;
		if (type == Integer.class) {
			if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
				throw outOfRange(name, what, "int");
			}
			return (int) l;
		}
		if (type == Short.class) {
			if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
				throw outOfRange(name, what, "short");
			}
			return (short) l;
		}
		if (l < Byte.MIN_VALUE || l > Byte.MAX_VALUE) {
			throw outOfRange(name, what, "byte");
		}
		return (byte) l;
	}

	private static Number toNumber(final String name, final Object value,
		final Class<?> type)
	{
		if (value instanceof Number) return (Number) value;
		final String s = value.toString().trim();
		try {
			if (type != Double.class && type != Float.class && s.matches(
				"[+-]?\\d+")) return Long.parseLong(s);
			if (s.matches("[+-]?(NaN|Infinity)|[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
				return Double.parseDouble(s);
			}
		}
		catch (final NumberFormatException exc) {
			// fall through
		}
		throw KeyValueInputs.invalid(name, name + " = " + KeyValueInputs.text(value) +
			" is invalid: not a number (" + primitive(type) + ")");
	}

	private static long toLong(final String name, final String what,
		final Number n)
	{
		if (n instanceof Long || n instanceof Integer || n instanceof Short ||
			n instanceof Byte) return n.longValue();
		final double d = n.doubleValue();
		if (d != Math.rint(d) || Double.isInfinite(d)) {
			throw KeyValueInputs.invalid(name, name + " = " + what +
				" is invalid: must be a whole number");
		}
		if (d < Long.MIN_VALUE || d >= 0x1p63) throw outOfRange(name, what, "long");
		return (long) d;
	}

	private static InvalidParameterException outOfRange(final String name,
		final String what, final String type)
	{
		return KeyValueInputs.invalid(name, name + " = " + what +
			" is invalid: out of range for " + type);
	}

	private static String primitive(final Class<?> type) {
		return type == Integer.class ? "int" : type.getSimpleName().toLowerCase();
	}
}

package org.neuronmodels.app;

import java.io.File;
import java.lang.reflect.Array;
import java.nio.file.Path;

/**
 * Classifies and formats plain values (scalars and arrays of them) as the
 * launcher prints them: {@code Double.toString} for doubles, integers as
 * integers, arrays as {@code [a, b, ...]}.
 */
public final class Values {

	/** Arrays longer than this are summarised on stdout and in outputs.json and written as data files. */
	public static final int PRINT_LIMIT = 10;

	private Values() {}

	/** Whether the value is an array longer than {@value #PRINT_LIMIT}: a data file, summarised elsewhere. */
	public static boolean isBigArray(final Object value) {
		return isArray(value) && Array.getLength(value) > PRINT_LIMIT;
	}

	/**
	 * One line describing an array: its length, and for numbers the least,
	 * greatest and mean finite value (and how many are not finite).
	 */
	public static String summary(final Object array) {
		final int n = Array.getLength(array);
		final StringBuilder sb = new StringBuilder().append(n).append(" values");
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
		int finite = 0;
		for (int i = 0; i < n; i++) {
			final Object v = Array.get(array, i);
			if (!(v instanceof Number)) return sb.toString();
			final double d = ((Number) v).doubleValue();
			if (!Double.isFinite(d)) continue;
			finite++;
			min = Math.min(min, d);
			max = Math.max(max, d);
			sum += d;
		}
		if (finite > 0) sb.append(", min ").append(brief(min)).append(", max ").append(brief(max)).append(", mean ")
			.append(brief(sum / finite));
		if (finite < n) sb.append(", ").append(n - finite).append(" not finite");
		return sb.toString();
	}

	/**
	 * A summary statistic to 7 significant digits, as {@code Double.toString}
	 * writes it (so -50.047412949866406 becomes -50.04741 and 499.5 stays 499.5);
	 * the full values are in the data file.
	 */
	static String brief(final double d) {
		return Double.toString(new java.math.BigDecimal(d).round(new java.math.MathContext(7)).doubleValue());
	}

	/** Whether the value is a number, boolean, character, text or enum constant. */
	public static boolean isScalar(final Object value) {
		return value instanceof Number || value instanceof Boolean ||
			value instanceof Character || value instanceof CharSequence ||
			value instanceof Enum;
	}

	/** Whether the value is an array (of any depth) of primitives or scalars. */
	public static boolean isArray(final Object value) {
		return value != null && isArrayType(value.getClass());
	}

	/** Whether the value is printed on stdout and recorded as a plain value: a scalar or an array. */
	public static boolean isPlain(final Object value) {
		return isScalar(value) || isArray(value);
	}

	/** Whether a value of this type can be recorded as a plain value (files and paths as text). */
	public static boolean isRecordable(final Class<?> type) {
		if (type.isPrimitive() || isArrayType(type)) return true;
		return Number.class.isAssignableFrom(type) || type == Boolean.class ||
			type == Character.class || CharSequence.class.isAssignableFrom(type) ||
			type.isEnum() || type == File.class || Path.class.isAssignableFrom(type);
	}

	/** Converts files and paths to text and leaves other values as they are. */
	public static Object recordable(final Object value) {
		if (value instanceof File || value instanceof Path) return value.toString();
		return value;
	}

	/** The value as printed on stdout. */
	public static String format(final Object value) {
		if (value == null) return "null";
		if (value instanceof Double) return Double.toString((Double) value);
		if (value instanceof Float) return Float.toString((Float) value);
		if (!value.getClass().isArray()) return value.toString();
		final int n = Array.getLength(value);
		final StringBuilder sb = new StringBuilder(8 * n + 2).append('[');
		for (int i = 0; i < n; i++) {
			if (i > 0) sb.append(", ");
			sb.append(format(Array.get(value, i)));
		}
		return sb.append(']').toString();
	}

	private static boolean isArrayType(final Class<?> type) {
		if (!type.isArray()) return false;
		final Class<?> c = type.getComponentType();
		return c.isPrimitive() || isArrayType(c) || Number.class.isAssignableFrom(
			c) || c == Boolean.class || c == Character.class || c == String.class ||
			c.isEnum();
	}
}

package org.neuronmodels.core.equation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fixed list of functions an equation may call, their number of
 * arguments, and the two that {@link Math} lacks ({@link #clip}, {@link #exprel}).
 * Generated code calls these same methods, so evaluation and generated code
 * round alike.
 */
public final class Functions {

	/** Function name → number of arguments. */
	public static final Map<String, Integer> ARITY = new LinkedHashMap<>();

	static {
		for (final String f : new String[] { "exp", "log", "sqrt", "sin", "cos", "tanh", "abs", "exprel" })
			ARITY.put(f, 1);
		ARITY.put("min", 2);
		ARITY.put("max", 2);
		ARITY.put("clip", 3);
	}

	/** The function names, for messages. */
	public static final String LIST = String.join(", ", ARITY.keySet());

	private Functions() {}

	/** {@code min(max(x, low), high)}, as Brian2's (numpy's) {@code clip}. */
	public static double clip(final double x, final double low, final double high) {
		return Math.min(Math.max(x, low), high);
	}

	/** {@code (e^x − 1)/x}, 1 at x = 0, as Brian2's {@code exprel}. */
	public static double exprel(final double x) {
		return x == 0 ? 1 : Math.expm1(x) / x;
	}

	/** Applies function {@code name} to {@code a} (unused arguments ignored). */
	public static double apply(final String name, final double[] a) {
		switch (name) {
			case "exp":
				return Math.exp(a[0]);
			case "log":
				return Math.log(a[0]);
			case "sqrt":
				return Math.sqrt(a[0]);
			case "sin":
				return Math.sin(a[0]);
			case "cos":
				return Math.cos(a[0]);
			case "tanh":
				return Math.tanh(a[0]);
			case "abs":
				return Math.abs(a[0]);
			case "exprel":
				return exprel(a[0]);
			case "min":
				return Math.min(a[0], a[1]);
			case "max":
				return Math.max(a[0], a[1]);
			case "clip":
				return clip(a[0], a[1], a[2]);
			default:
				throw new IllegalArgumentException("no function " + name);
		}
	}
}

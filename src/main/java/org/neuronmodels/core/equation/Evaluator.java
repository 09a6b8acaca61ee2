package org.neuronmodels.core.equation;

import java.util.function.ToDoubleFunction;

/**
 * Evaluates a lowered expression (see {@link Lowering}) to a number with the
 * same operations, in the same order, as the generated code: used outside the
 * hot loop only (parameters, initial values, values precomputed per neuron).
 */
public final class Evaluator {

	private Evaluator() {}

	/** The value of {@code e}; {@code names} gives the value of each name. */
	public static double value(final Expr e, final ToDoubleFunction<String> names) {
		switch (e.kind()) {
			case NUMBER:
				return e.value();
			case NAME:
				return names.applyAsDouble(e.text());
			case UNARY:
				return e.text().equals("-") ? -value(e.arg(0), names) : truth(value(e.arg(0), names) == 0);
			case CALL:
				final double[] a = new double[e.args().size()];
				for (int i = 0; i < a.length; i++)
					a[i] = value(e.arg(i), names);
				return e.text().equals("pow") ? Math.pow(a[0], a[1]) : Functions.apply(e.text(), a);
			default:
				final double l = value(e.arg(0), names), r = value(e.arg(1), names);
				switch (e.text()) {
					case "+":
						return l + r;
					case "-":
						return l - r;
					case "*":
						return l * r;
					case "/":
						return l / r;
					case "**":
						return Math.pow(l, r);
					case "<":
						return truth(l < r);
					case "<=":
						return truth(l <= r);
					case ">":
						return truth(l > r);
					case ">=":
						return truth(l >= r);
					case "==":
						return truth(l == r);
					case "!=":
						return truth(l != r);
					case "and":
						return truth(l != 0 && r != 0);
					default:
						return truth(l != 0 || r != 0);
				}
		}
	}

	/** The value of {@code e} if it is made of numbers only (no names), else null. */
	public static Double constant(final Expr e) {
		if (e.kind() == Expr.Kind.NAME) return null;
		for (final Expr a : e.args())
			if (constant(a) == null) return null;
		return value(e, n -> Double.NaN);
	}

	private static double truth(final boolean b) {
		return b ? 1 : 0;
	}
}

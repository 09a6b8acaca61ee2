package org.neuronmodels.core.equation;

import java.util.function.Function;

/**
 * The dimension of an expression, checking every operation on the way: sums
 * and comparisons of equal dimensions, dimensionless arguments of exp, log,
 * sin, cos, tanh and exprel, powers of a dimension only with a number as
 * exponent. Conditions ({@code <}, {@code and}, …) have the type
 * {@link #BOOLEAN} and may only be combined with conditions.
 */
final class DimensionChecker {

	/** The type of a condition (not a dimension). */
	static final Object BOOLEAN = new Object() {

		@Override
		public String toString() {
			return "a condition (true/false)";
		}
	};

	private final String field;
	private final String context;
	private final Function<Expr, Object> names;

	/**
	 * A checker for input {@code field}; {@code context} starts every message
	 * (e.g. "dv/dt: "); {@code names} gives the dimension of a name node (or
	 * throws the unknown-name error).
	 */
	DimensionChecker(final String field, final String context, final Function<Expr, Object> names) {
		this.field = field;
		this.context = context;
		this.names = names;
	}

	/** The dimension of {@code e} (a {@link Dimension}) or {@link #BOOLEAN}. */
	Object type(final Expr e) {
		switch (e.kind()) {
			case NUMBER:
				return Dimension.ONE;
			case NAME:
				return names.apply(e);
			case UNARY:
				if (e.text().equals("not")) return condition(e.arg(0));
				return quantity(e.arg(0));
			case CALL:
				return call(e);
			default:
				return binary(e);
		}
	}

	/** The dimension of {@code e}, which must not be a condition. */
	Dimension quantity(final Expr e) {
		final Object t = type(e);
		if (t == BOOLEAN) throw SyntaxError.at(field, e, context + "a condition cannot be used as a number here");
		return (Dimension) t;
	}

	private Object condition(final Expr e) {
		if (type(e) != BOOLEAN) throw SyntaxError.at(field, e, context + "\"and\", \"or\" and \"not\" need " +
			"conditions (comparisons such as v > vTh)");
		return BOOLEAN;
	}

	private Object binary(final Expr e) {
		final String op = e.text();
		if (op.equals("and") || op.equals("or")) {
			condition(e.arg(0));
			return condition(e.arg(1));
		}
		final Dimension l = quantity(e.arg(0));
		if (op.equals("**")) return power(e, l);
		final Dimension r = quantity(e.arg(1));
		switch (op) {
			case "*":
				return l.times(r);
			case "/":
				return l.divide(r);
			case "+":
			case "-":
				same(e, l, r, "cannot " + (op.equals("+") ? "add " : "subtract ") + r + " " + (op.equals("+")
					? "to " : "from ") + l);
				return l;
			default: // comparisons
				same(e, l, r, "cannot compare " + l + " with " + r);
				return BOOLEAN;
		}
	}

	private void same(final Expr e, final Dimension l, final Dimension r, final String problem) {
		if (!l.equals(r)) throw SyntaxError.at(field, e, context + problem);
	}

	private Dimension power(final Expr e, final Dimension base) {
		final Dimension exponentDimension = quantity(e.arg(1));
		if (!exponentDimension.isDimensionless()) throw SyntaxError.at(field, e.arg(1), context +
			"an exponent must be dimensionless, not " + exponentDimension);
		if (base.isDimensionless()) return base;
		final Double p = Evaluator.constant(e.arg(1));
		if (p == null) throw SyntaxError.at(field, e.arg(1), context + "the exponent of a quantity with " +
			"dimension (" + base + ") must be a number");
		final Dimension d = base.power(p);
		if (d == null) throw SyntaxError.at(field, e.arg(1), context + base + " cannot be raised to the power " +
			p);
		return d;
	}

	private Dimension call(final Expr e) {
		final String f = e.text();
		final Dimension a = quantity(e.arg(0));
		switch (f) {
			case "sqrt":
				return a.power(0.5);
			case "abs":
				return a;
			case "min":
			case "max":
			case "clip":
				for (int i = 1; i < e.args().size(); i++)
					same(e, a, quantity(e.arg(i)), f + " needs arguments of one dimension, not " + a + " and " +
						quantity(e.arg(i)));
				return a;
			default:
				if (!a.isDimensionless()) throw SyntaxError.at(field, e, context + f +
					" needs a dimensionless argument, not " + a);
				return Dimension.ONE;
		}
	}
}

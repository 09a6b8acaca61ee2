package org.neuronmodels.core.equation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a checked expression into the form that is evaluated and compiled:
 * sub-expressions substituted, unit names replaced by their value in internal
 * units, constant parts folded, integer powers written as products.
 * <p>
 * <b>Folding.</b> A part made only of numbers and units is computed once. Sums,
 * differences, products and quotients by powers of ten are done in decimal
 * and rounded once, so {@code 7*pA} is exactly the number 0.007 (nA) and
 * {@code 0.5*nS} exactly 0.0005 (&micro;S), as a user typing them means.
 * Multiplying or dividing by a folded 1 is dropped (exact). Nothing else is
 * reordered, so a model written as the built-in code writes it rounds alike.
 * </p>
 * <p>
 * <b>Powers.</b> {@code x**2}, {@code x**3}, {@code x**4} become products
 * ({@code x*x}, {@code (x*x)*x}, …), negative integer powers {@code 1/(…)},
 * {@code x**0.5} {@code sqrt(x)}; others call {@code Math.pow}.
 * </p>
 */
final class Lowering {

	private Lowering() {}

	/** Lowers {@code e}; {@code names} returns the replacement of a name (a lowered sub-expression, a number) or null to keep it. */
	static Expr lower(final Expr e, final Function<String, Expr> names) {
		switch (e.kind()) {
			case NUMBER:
				return e;
			case NAME:
				final Expr r = names.apply(e.text());
				return r == null ? e : r;
			default:
				final List<Expr> args = new ArrayList<>();
				for (final Expr a : e.args())
					args.add(lower(a, names));
				return simplify(e, args);
		}
	}

	/** A node like {@code e} with lowered operands {@code args}, folded and simplified. */
	static Expr simplify(final Expr e, final List<Expr> args) {
		final int line = e.line(), col = e.column();
		if (e.kind() == Expr.Kind.CALL) {
			final Expr c = Expr.call(e.text(), args, line, col);
			return allNumbers(args) ? Expr.number(Evaluator.value(c, n -> Double.NaN), line, col) : c;
		}
		if (e.kind() == Expr.Kind.UNARY) {
			final Expr a = args.get(0);
			if (e.text().equals("-")) {
				if (a.kind() == Expr.Kind.NUMBER) return Expr.number(-a.value(), line, col);
				if (a.kind() == Expr.Kind.UNARY && a.text().equals("-")) return a.arg(0);
			}
			return Expr.unary(e.text(), a, line, col);
		}
		final Expr l = args.get(0), r = args.get(1);
		final String op = e.text();
		if (op.equals("**")) return power(e, l, r);
		if (l.kind() == Expr.Kind.NUMBER && r.kind() == Expr.Kind.NUMBER) {
			final BigDecimal exact = exact(op, l.value(), r.value());
			if (exact != null) return Expr.number(exact.doubleValue(), line, col);
			return Expr.number(Evaluator.value(e.with(op, l, r), n -> Double.NaN), line, col);
		}
		if ((op.equals("*") || op.equals("/")) && r.isNumber(1.0)) return l;
		if ((op.equals("*") || op.equals("/")) && r.isNumber(-1.0)) return negate(l);
		if (op.equals("*") && l.isNumber(-1.0)) return negate(r);
		if (op.equals("*") && l.isNumber(1.0)) return r;
		return Expr.binary(op, l, r, line, col);
	}

	private static Expr negate(final Expr a) {
		if (a.kind() == Expr.Kind.UNARY && a.text().equals("-")) return a.arg(0);
		return Expr.unary("-", a, a.line(), a.column());
	}

	private static boolean allNumbers(final List<Expr> args) {
		for (final Expr a : args)
			if (a.kind() != Expr.Kind.NUMBER) return false;
		return true;
	}

	/** The exact decimal result of {@code l op r} for + − × and ÷ by a power of ten, else null. */
	private static BigDecimal exact(final String op, final double l, final double r) {
		if (!Double.isFinite(l) || !Double.isFinite(r)) return null;
		final BigDecimal a = new BigDecimal(Double.toString(l)), b = new BigDecimal(Double.toString(r));
		switch (op) {
			case "+":
				return a.add(b);
			case "-":
				return a.subtract(b);
			case "*":
				return a.multiply(b);
			case "/":
				final BigDecimal unscaled = b.stripTrailingZeros().unscaledValue().abs().equals(java.math.BigInteger.ONE)
					? b : null;
				return unscaled == null ? null : a.divide(b, MathContext.DECIMAL128);
			default:
				return null;
		}
	}

	private static Expr power(final Expr e, final Expr base, final Expr exponent) {
		final int line = e.line(), col = e.column();
		if (exponent.kind() == Expr.Kind.NUMBER) {
			final double p = exponent.value();
			if (base.kind() == Expr.Kind.NUMBER) return Expr.number(Math.pow(base.value(), p), line, col);
			if (p == 1) return base;
			if (p == 0.5) return Expr.call("sqrt", java.util.Collections.singletonList(base), line, col);
			if (p == Math.rint(p) && p != 0 && Math.abs(p) <= 4) {
				Expr product = base;
				for (int k = 1; k < Math.abs(p); k++)
					product = Expr.binary("*", product, base, line, col);
				return p > 0 ? product : Expr.binary("/", Expr.number(1, line, col), product, line, col);
			}
		}
		final List<Expr> a = new ArrayList<>();
		a.add(base);
		a.add(exponent);
		return Expr.call("pow", a, line, col);
	}
}

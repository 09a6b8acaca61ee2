package org.neuronmodels.core.equation;

import java.util.function.Predicate;

/**
 * Symbolic questions about lowered expressions: which names they mention,
 * and the split {@code e = c·x + d} of an expression that is linear in a
 * name {@code x} (for exponential Euler and for the noise term of
 * Euler–Maruyama). The split only distributes: no operation of {@code e} is
 * reordered, so {@code d} rounds as the same terms of {@code e} do.
 */
public final class Linear {

	/** {@code e = coefficient·x + rest}; a null part is structurally zero. */
	static final class Split {

		final Expr coefficient, rest;

		Split(final Expr coefficient, final Expr rest) {
			this.coefficient = coefficient;
			this.rest = rest;
		}
	}

	private static final Expr ONE = Expr.number(1, 0, 0);

	private Linear() {}

	/** Whether {@code e} has a name node satisfying {@code p}. */
	public static boolean mentions(final Expr e, final Predicate<Expr> p) {
		if (e.kind() == Expr.Kind.NAME && p.test(e)) return true;
		for (final Expr a : e.args())
			if (mentions(a, p)) return true;
		return false;
	}

	/** Whether {@code n} is Brian2's white noise ({@code xi} or {@code xi_…}). */
	public static boolean isNoise(final Expr n) {
		return n.kind() == Expr.Kind.NAME && (n.text().equals("xi") || n.text().startsWith("xi_"));
	}

	/** The split of {@code e} linear in {@code x} (names satisfying it), or null if {@code e} is not linear in it. */
	static Split split(final Expr e, final Predicate<Expr> x) {
		if (!mentions(e, x)) return new Split(null, e);
		switch (e.kind()) {
			case NAME:
				return new Split(ONE, null);
			case UNARY:
				if (!e.text().equals("-")) return null;
				final Split s = split(e.arg(0), x);
				return s == null ? null : new Split(neg(s.coefficient, e), neg(s.rest, e));
			case BINARY:
				return binary(e, x);
			default:
				return null;
		}
	}

	private static Split binary(final Expr e, final Predicate<Expr> x) {
		final Expr l = e.arg(0), r = e.arg(1);
		final String op = e.text();
		if (op.equals("+") || op.equals("-")) {
			final Split a = split(l, x), b = split(r, x);
			if (a == null || b == null) return null;
			return new Split(sum(op, a.coefficient, b.coefficient, e), sum(op, a.rest, b.rest, e));
		}
		if (op.equals("*")) {
			if (!mentions(l, x)) {
				final Split b = split(r, x);
				return b == null ? null : new Split(times(l, b.coefficient, e, true), times(l, b.rest, e, true));
			}
			if (!mentions(r, x)) {
				final Split a = split(l, x);
				return a == null ? null : new Split(times(a.coefficient, r, e, false), times(a.rest, r, e, false));
			}
			return null;
		}
		if (op.equals("/") && !mentions(r, x)) {
			final Split a = split(l, x);
			return a == null ? null : new Split(over(a.coefficient, r, e), over(a.rest, r, e));
		}
		return null;
	}

	private static Expr neg(final Expr a, final Expr at) {
		if (a == null) return null;
		return Lowering.simplify(Expr.unary("-", a, at.line(), at.column()), java.util.Collections.singletonList(
			a));
	}

	private static Expr sum(final String op, final Expr a, final Expr b, final Expr at) {
		if (b == null) return a;
		if (a == null) return op.equals("+") ? b : neg(b, at);
		return Lowering.simplify(at, java.util.Arrays.asList(a, b));
	}

	private static Expr times(final Expr a, final Expr b, final Expr at, final boolean constantLeft) {
		if (a == null || b == null) return null;
		return Lowering.simplify(at, java.util.Arrays.asList(a, b));
	}

	private static Expr over(final Expr a, final Expr b, final Expr at) {
		if (a == null) return null;
		return Lowering.simplify(at, java.util.Arrays.asList(a, b));
	}
}

package org.neuronmodels.core.equation;

/**
 * Unit specifications such as {@code volt}, {@code volt/second}, {@code 1},
 * {@code uA/cm**2}: expressions made of numbers and unit names only.
 */
final class UnitExpressions {

	/** A unit: its dimension and its size in internal units. */
	static final class UnitSpec {

		final Dimension dimension;
		final double value;

		UnitSpec(final Dimension dimension, final double value) {
			this.dimension = dimension;
			this.value = value;
		}
	}

	private UnitExpressions() {}

	/** The dimension of unit text {@code spec} (throws if it is not a unit). */
	static Dimension dimension(final String spec) {
		return parse("unit", spec, 1, 1).dimension;
	}

	/** Parses the unit {@code text} of input {@code field}, which starts at {@code line}, {@code column}. */
	static UnitSpec parse(final String field, final String text, final int line, final int column) {
		final Expr e = ExpressionParser.parse(field, text, line, column);
		final DimensionChecker checker = new DimensionChecker(field, "unit: ", n -> {
			final Units.Unit u = Units.get(n.text());
			if (u == null) throw SyntaxError.at(field, n, "unknown unit \"" + n.text() + "\"" + Names.suggestion(n
				.text(), Units.names()) + " (units are written as in Brian2: mV, ms, nA, nS, pF, Mohm, " +
				"uA/cm**2, volt, second, 1 for none)");
			return u.dimension;
		});
		final Dimension d = checker.quantity(e);
		final Expr folded = Lowering.lower(e, n -> Expr.number(Units.get(n).value(), 0, 0));
		if (folded.kind() != Expr.Kind.NUMBER || !(folded.value() > 0) || Double.isInfinite(folded.value())) {
			throw SyntaxError.at(field, e, "\"" + text.trim() + "\" is not a unit");
		}
		return new UnitSpec(d, folded.value());
	}
}

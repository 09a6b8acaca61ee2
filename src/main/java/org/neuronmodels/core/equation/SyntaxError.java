package org.neuronmodels.core.equation;

import org.neuronmodels.core.InvalidParameterException;

/** Builds the errors of the equation inputs: the input's field name, line, column and the problem. */
public final class SyntaxError {

	private SyntaxError() {}

	/** An error in input {@code field} at {@code line}, {@code column} (1-based). */
	public static InvalidParameterException at(final String field, final int line, final int column,
		final String problem)
	{
		return new InvalidParameterException(field, field + ", line " + line + ", column " + column + ": " +
			problem);
	}

	/** An error in input {@code field} at the position of {@code e}. */
	public static InvalidParameterException at(final String field, final Expr e, final String problem) {
		return at(field, e.line(), e.column(), problem);
	}

	/** An error in input {@code field} at the start of {@code e}'s text (its leftmost operand). */
	public static InvalidParameterException atStart(final String field, final Expr e, final String problem) {
		Expr first = e;
		while ((first.kind() == Expr.Kind.BINARY) && first.line() > 0)
			first = first.arg(0);
		return at(field, first.line(), first.column(), problem);
	}

	/** An error in input {@code field} as a whole. */
	public static InvalidParameterException of(final String field, final String problem) {
		return new InvalidParameterException(field, field + ": " + problem);
	}
}

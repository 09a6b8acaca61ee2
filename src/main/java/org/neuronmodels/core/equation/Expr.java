package org.neuronmodels.core.equation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One node of a parsed expression: a number, a name, an operator or a
 * function call, with the line and column where its text starts. Immutable.
 */
public final class Expr {

	/** What a node is. */
	public enum Kind {
		/** A number (or a folded constant); {@link #value()}. */
		NUMBER,
		/** A name: variable, parameter, sub-expression, unit, {@code t}, {@code dt}, {@code I} or {@code xi}. */
		NAME,
		/** A unary operator ({@code -}, {@code not}). */
		UNARY,
		/** A binary operator. */
		BINARY,
		/** A call of one of the fixed functions. */
		CALL
	}

	private final Kind kind;
	private final String text;
	private final double value;
	private final List<Expr> args;
	private final int line, column;

	private Expr(final Kind kind, final String text, final double value, final List<Expr> args, final int line,
		final int column)
	{
		this.kind = kind;
		this.text = text;
		this.value = value;
		this.args = args;
		this.line = line;
		this.column = column;
	}

	/** A number. */
	public static Expr number(final double value, final int line, final int column) {
		return new Expr(Kind.NUMBER, null, value, Collections.emptyList(), line, column);
	}

	/** A name. */
	public static Expr name(final String name, final int line, final int column) {
		return new Expr(Kind.NAME, name, 0, Collections.emptyList(), line, column);
	}

	/** A unary operator {@code op} ("-" or "not") applied to {@code operand}. */
	public static Expr unary(final String op, final Expr operand, final int line, final int column) {
		return new Expr(Kind.UNARY, op, 0, Collections.singletonList(operand), line, column);
	}

	/** A binary operator {@code op} ("+", "*", "**", "&lt;", "and", …). */
	public static Expr binary(final String op, final Expr left, final Expr right, final int line,
		final int column)
	{
		return new Expr(Kind.BINARY, op, 0, Arrays.asList(left, right), line, column);
	}

	/** A call of function {@code name} with {@code args}. */
	public static Expr call(final String name, final List<Expr> args, final int line, final int column) {
		return new Expr(Kind.CALL, name, 0, Collections.unmodifiableList(args), line, column);
	}

	/** A binary node at this node's position. */
	public Expr with(final String op, final Expr left, final Expr right) {
		return binary(op, left, right, line, column);
	}

	/** The kind of node. */
	public Kind kind() {
		return kind;
	}

	/** The operator, name or function name (null for numbers). */
	public String text() {
		return text;
	}

	/** The value of a number. */
	public double value() {
		return value;
	}

	/** The operands or arguments. */
	public List<Expr> args() {
		return args;
	}

	/** Operand {@code i}. */
	public Expr arg(final int i) {
		return args.get(i);
	}

	/** The 1-based line of the node's text. */
	public int line() {
		return line;
	}

	/** The 1-based column of the node's text. */
	public int column() {
		return column;
	}

	/** Whether this is the name {@code name}. */
	public boolean isName(final String name) {
		return kind == Kind.NAME && text.equals(name);
	}

	/** Whether this is a binary node with operator {@code op}. */
	public boolean isBinary(final String op) {
		return kind == Kind.BINARY && text.equals(op);
	}

	/** Whether this is the number {@code v} (bit for bit). */
	public boolean isNumber(final double v) {
		return kind == Kind.NUMBER && Double.doubleToLongBits(value) == Double.doubleToLongBits(v);
	}

	/** Structural equality (positions ignored). */
	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Expr)) return false;
		final Expr e = (Expr) o;
		return kind == e.kind && Objects.equals(text, e.text) && Double.doubleToLongBits(value) == Double
			.doubleToLongBits(e.value) && args.equals(e.args);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, text, Double.doubleToLongBits(value), args);
	}

	/** The expression as text, fully parenthesised (stable: used as a cache key). */
	@Override
	public String toString() {
		switch (kind) {
			case NUMBER:
				return Double.toString(value);
			case NAME:
				return text;
			case UNARY:
				return "(" + text + " " + arg(0) + ")";
			case BINARY:
				return "(" + arg(0) + " " + text + " " + arg(1) + ")";
			default:
				final StringBuilder b = new StringBuilder(text).append('(');
				for (int i = 0; i < args.size(); i++)
					b.append(i == 0 ? "" : ", ").append(args.get(i));
				return b.append(')').toString();
		}
	}
}

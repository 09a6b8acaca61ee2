package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.equation.Lexer.Token;
import org.neuronmodels.core.equation.Lexer.Type;

/**
 * Recursive-descent parser of one expression, with Python's (and Brian2's)
 * precedence: {@code or} &lt; {@code and} &lt; {@code not} &lt; comparisons &lt;
 * {@code + -} &lt; {@code * /} &lt; unary minus &lt; {@code **} (right
 * associative) &lt; numbers, names, calls and parentheses.
 */
final class ExpressionParser {

	private static final int MAX_DEPTH = 200;

	private final String field;
	private final List<Token> tokens;
	private int pos;
	private int depth;

	private ExpressionParser(final String field, final List<Token> tokens) {
		this.field = field;
		this.tokens = tokens;
	}

	/** Parses all of {@code text} (one line starting at {@code line}, {@code column}) as one expression. */
	static Expr parse(final String field, final String text, final int line, final int column) {
		final ExpressionParser p = new ExpressionParser(field, Lexer.tokens(field, text, line, column));
		if (p.peek().type == Type.END) throw SyntaxError.at(field, line, column, "expected an expression");
		final Expr e = p.or();
		final Token t = p.peek();
		if (t.type != Type.END) throw SyntaxError.at(field, t.line, t.column, "unexpected " + t.describe() +
			" after a complete expression");
		return e;
	}

	private Token peek() {
		return tokens.get(pos);
	}

	private Token next() {
		return tokens.get(pos++);
	}

	private boolean accept(final String s) {
		if (peek().is(s)) {
			pos++;
			return true;
		}
		return false;
	}

	private void enter(final Token t) {
		if (++depth > MAX_DEPTH) throw SyntaxError.at(field, t.line, t.column, "expression nested too deeply");
	}

	private Expr or() {
		Expr e = and();
		while (peek().is("or")) {
			final Token t = next();
			e = Expr.binary("or", e, and(), t.line, t.column);
		}
		return e;
	}

	private Expr and() {
		Expr e = not();
		while (peek().is("and")) {
			final Token t = next();
			e = Expr.binary("and", e, not(), t.line, t.column);
		}
		return e;
	}

	private Expr not() {
		if (peek().is("not")) {
			final Token t = next();
			enter(t);
			final Expr e = Expr.unary("not", not(), t.line, t.column);
			depth--;
			return e;
		}
		return comparison();
	}

	private Expr comparison() {
		final Expr e = sum();
		final Token t = peek();
		if (t.type == Type.OP && (t.is("<") || t.is("<=") || t.is(">") || t.is(">=") || t.is("==") || t.is(
			"!=")))
		{
			pos++;
			final Expr r = sum();
			final Token u = peek();
			if (u.type == Type.OP && (u.is("<") || u.is("<=") || u.is(">") || u.is(">=") || u.is("==") || u.is(
				"!=")))
			{
				throw SyntaxError.at(field, u.line, u.column, "chained comparisons are not supported: use \"and\"");
			}
			return Expr.binary(t.text, e, r, t.line, t.column);
		}
		return e;
	}

	private Expr sum() {
		Expr e = product();
		while (peek().is("+") || peek().is("-")) {
			final Token t = next();
			e = Expr.binary(t.text, e, product(), t.line, t.column);
		}
		return e;
	}

	private Expr product() {
		Expr e = unary();
		while (peek().is("*") || peek().is("/")) {
			final Token t = next();
			e = Expr.binary(t.text, e, unary(), t.line, t.column);
		}
		return e;
	}

	private Expr unary() {
		if (peek().is("-") || peek().is("+")) {
			final Token t = next();
			enter(t);
			final Expr operand = unary();
			depth--;
			return t.is("+") ? operand : Expr.unary("-", operand, t.line, t.column);
		}
		return power();
	}

	private Expr power() {
		final Expr base = atom();
		if (peek().is("**")) {
			final Token t = next();
			enter(t);
			final Expr exponent = unary(); // right associative; 2**-1 allowed
			depth--;
			return Expr.binary("**", base, exponent, t.line, t.column);
		}
		return base;
	}

	private Expr atom() {
		final Token t = next();
		switch (t.type) {
			case NUMBER:
				final double v;
				try {
					v = Double.parseDouble(t.text);
				}
				catch (final NumberFormatException e) {
					throw SyntaxError.at(field, t.line, t.column, "malformed number \"" + t.text + "\"");
				}
				if (!Double.isFinite(v)) throw SyntaxError.at(field, t.line, t.column, "number " + t.text +
					" is too large");
				return Expr.number(v, t.line, t.column);
			case NAME:
				if (t.is("and") || t.is("or") || t.is("not")) break;
				if (peek().is("(")) return call(t);
				return Expr.name(t.text, t.line, t.column);
			case OP:
				if (t.is("(")) {
					enter(t);
					final Expr e = or();
					depth--;
					expect(")", t);
					return e;
				}
				break;
			default:
				throw SyntaxError.at(field, t.line, t.column, "expression ends too early: expected a number, a " +
					"name or \"(\"");
		}
		throw SyntaxError.at(field, t.line, t.column, "unexpected " + t.describe() +
			": expected a number, a name or \"(\"");
	}

	private Expr call(final Token name) {
		final Integer arity = Functions.ARITY.get(name.text);
		if (arity == null) {
			throw SyntaxError.at(field, name.line, name.column, "unknown function \"" + name.text + "\"" + Names
				.suggestion(name.text, Functions.ARITY.keySet()) + " (functions: " + Functions.LIST + ")");
		}
		final Token open = next();
		enter(open);
		final List<Expr> args = new ArrayList<>();
		if (!peek().is(")")) {
			do
				args.add(or());
			while (accept(","));
		}
		depth--;
		expect(")", open);
		if (args.size() != arity) {
			throw SyntaxError.at(field, name.line, name.column, name.text + " takes " + arity + " argument" +
				(arity == 1 ? "" : "s") + ", not " + args.size());
		}
		return Expr.call(name.text, args, name.line, name.column);
	}

	private void expect(final String s, final Token opening) {
		final Token t = peek();
		if (!t.is(s)) {
			throw SyntaxError.at(field, t.line, t.column, "expected \"" + s + "\" to close the \"" + opening.text +
				"\" at column " + opening.column + ", found " + t.describe());
		}
		pos++;
	}
}

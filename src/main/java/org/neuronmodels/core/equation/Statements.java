package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of {@code name = expression} statements: the {@code parameters} and
 * {@code initialValues} inputs (separated by commas or new lines) and the
 * {@code reset} input (separated by semicolons or new lines, also {@code +=},
 * {@code -=}, {@code *=}, {@code /=}). Separators inside parentheses do not split.
 */
public final class Statements {

	private static final Pattern TARGET = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*(\\+=|-=|\\*=|/=|=)(?!=)");

	/** One statement. */
	public static final class Statement {

		/** The name assigned. */
		public final String name;
		/** "=", "+=", "-=", "*=" or "/=". */
		public final String op;
		/** The right-hand side. */
		public final Expr value;
		/** Position of the name. */
		public final int line, column;

		Statement(final String name, final String op, final Expr value, final int line, final int column) {
			this.name = name;
			this.op = op;
			this.value = value;
			this.line = line;
			this.column = column;
		}
	}

	private Statements() {}

	/** The statements of input {@code field}; {@code separator} is ',' or ';'; {@code updates} allows +=, …. */
	public static List<Statement> parse(final String field, final String text, final char separator,
		final boolean updates)
	{
		final List<Statement> out = new ArrayList<>();
		if (text == null) return out;
		int line = 1, col = 1, depth = 0, startCol = 1, startLine = 1;
		StringBuilder piece = new StringBuilder();
		for (int i = 0; i <= text.length(); i++) {
			final char c = i < text.length() ? text.charAt(i) : '\n';
			if (c == '(') depth++;
			if (c == ')') depth--;
			if (c == '\n' || (c == separator && depth <= 0)) {
				add(out, field, piece.toString(), startLine, startCol, updates);
				piece = new StringBuilder();
				depth = 0;
				if (c == '\n') {
					line++;
					col = 1;
				}
				else col++;
				startLine = line;
				startCol = col;
				continue;
			}
			piece.append(c);
			col++;
		}
		return out;
	}

	private static void add(final List<Statement> out, final String field, final String piece, final int line,
		final int col, final boolean updates)
	{
		final int hash = piece.indexOf('#');
		final String text = hash >= 0 ? piece.substring(0, hash) : piece;
		if (text.trim().isEmpty()) return;
		final Matcher m = TARGET.matcher(text);
		if (!m.lookingAt()) {
			int first = 0;
			while (Character.isWhitespace(text.charAt(first)))
				first++;
			throw SyntaxError.at(field, line, col + first, "expected \"name = value\"" + (updates
				? " (or name += value)" : "") + ", found \"" + text.trim() + "\"");
		}
		final String op = m.group(2);
		if (!updates && !op.equals("=")) throw SyntaxError.at(field, line, col + m.start(2), "\"" + op +
			"\" is only allowed in the reset; write \"name = value\"");
		final Expr value = ExpressionParser.parse(field, text.substring(m.end()), line, col + m.end());
		out.add(new Statement(m.group(1), op, value, line, col + m.start(1)));
	}
}

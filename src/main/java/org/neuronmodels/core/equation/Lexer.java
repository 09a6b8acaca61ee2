package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of equation text into tokens: numbers, names and the
 * operators of the grammar. Anything else (quotes, brackets, braces, {@code $},
 * …) is an error naming the character, line and column.
 */
final class Lexer {

	/** A token kind. */
	enum Type {
		NUMBER, NAME, OP, END
	}

	/** One token with its 1-based position. */
	static final class Token {

		final Type type;
		final String text;
		final int line, column;

		Token(final Type type, final String text, final int line, final int column) {
			this.type = type;
			this.text = text;
			this.line = line;
			this.column = column;
		}

		boolean is(final String s) {
			return (type == Type.OP || type == Type.NAME) && text.equals(s);
		}

		String describe() {
			return type == Type.END ? "the end of the line" : "\"" + text + "\"";
		}
	}

	private static final String[] OPERATORS = { "**", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "+", "-",
		"*", "/", "(", ")", ",", "<", ">", "=", ":", ";" };

	private Lexer() {}

	/** The tokens of {@code text}, which starts at {@code line}, {@code column}; ends with an END token. */
	static List<Token> tokens(final String field, final String text, final int line, final int column) {
		final List<Token> out = new ArrayList<>();
		int i = 0;
		final int n = text.length();
		while (i < n) {
			final char c = text.charAt(i);
			final int col = column + i;
			if (c == ' ' || c == '\t' || c == '\r') {
				i++;
			}
			else if (c == '#') {
				break;
			}
			else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
				final int start = i;
				while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'))
					i++;
				if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
					int j = i + 1;
					if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) j++;
					if (j < n && Character.isDigit(text.charAt(j))) {
						i = j;
						while (i < n && Character.isDigit(text.charAt(i)))
							i++;
					}
				}
				final String number = text.substring(start, i);
				if (number.indexOf('.') != number.lastIndexOf('.')) {
					throw SyntaxError.at(field, line, col, "malformed number \"" + number + "\"");
				}
				out.add(new Token(Type.NUMBER, number, line, col));
			}
			else if (Character.isLetter(c) || c == '_') {
				final int start = i;
				while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'))
					i++;
				out.add(new Token(Type.NAME, text.substring(start, i), line, col));
			}
			else {
				String op = null;
				for (final String o : OPERATORS)
					if (text.startsWith(o, i)) {
						op = o;
						break;
					}
				if (op == null) {
					throw SyntaxError.at(field, line, col, "unexpected character '" + printable(c) +
						"' (the grammar has numbers, names, + - * / **, parentheses, comparisons, and/or/not " +
						"and the functions " + Functions.LIST + ")");
				}
				out.add(new Token(Type.OP, op, line, col));
				i += op.length();
			}
		}
		out.add(new Token(Type.END, "", line, column + n));
		return out;
	}

	private static String printable(final char c) {
		return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
	}
}

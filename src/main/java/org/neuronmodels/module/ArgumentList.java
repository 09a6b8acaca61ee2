package org.neuronmodels.module;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Splits an argument string such as {@code amplitude=1.55,stimulus="Sine"} or,
 * as ImageJ macros write it, {@code amplitude=1.55 stimulus=[White noise]}
 * into key/value pairs, strictly. Pairs are separated by commas or by
 * whitespace before the next {@code key=}. A value is text in double quotes
 * (backslash escapes {@code \"} and {@code \\}), text in square brackets (up to
 * the first {@code ]}, as ImageJ's macro recorder writes it) or a bare word
 * (up to the next comma, or to whitespace before the next {@code key=}),
 * trimmed. An empty value is kept as empty text (the caller decides whether
 * the input allows it). Every malformed part is an
 * {@link InvalidParameterException} for the parameter "arguments".
 */
public final class ArgumentList {

	/** One {@code key=value} pair; {@code quoted}: the value was in quotes or brackets. */
	public static final class Pair {

		public final String key;
		public final String value;
		public final boolean quoted;

		Pair(final String key, final String value, final boolean quoted) {
			this.key = key;
			this.value = value;
			this.quoted = quoted;
		}

		@Override
		public String toString() {
			return key + "=" + value;
		}
	}

	private final String text;
	private int pos;

	private ArgumentList(final String text) {
		this.text = text;
	}

	/** The pairs of {@code args} in order (none for null or blank text). */
	public static List<Pair> parse(final String args) {
		if (args == null || args.trim().isEmpty()) return Collections.emptyList();
		return new ArgumentList(args).pairs();
	}

	private List<Pair> pairs() {
		final List<Pair> pairs = new ArrayList<>();
		while (true) {
			skipSpace();
			if (pos >= text.length()) break;
			if (text.charAt(pos) == ',') {
				if (pairs.isEmpty()) throw malformed("it starts with a comma");
				throw malformed("two commas in a row at position " + (pos + 1));
			}
			pairs.add(pair());
			skipSpace();
			if (pos < text.length() && text.charAt(pos) == ',') {
				pos++;
				skipSpace();
				if (pos >= text.length()) throw malformed("it ends with a comma");
			}
		}
		return pairs;
	}

	private Pair pair() {
		final int start = pos;
		while (pos < text.length() && isKeyChar(text.charAt(pos), pos == start))
			pos++;
		final String key = text.substring(start, pos);
		skipSpace();
		if (key.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
			final int end = nextBoundary(start);
			throw malformed("expected key=value but got '" + text.substring(start, end).trim() + "'");
		}
		pos++; // '='
		skipSpace();
		if (pos >= text.length() || text.charAt(pos) == ',') return new Pair(key, "", false);
		final char c = text.charAt(pos);
		if (c == '"') return new Pair(key, quoted(key), true);
		if (c == '[') {
			final int close = text.indexOf(']', pos + 1);
			if (close < 0) throw malformed("the value of '" + key + "' opens '[' but never closes it");
			final String value = text.substring(pos + 1, close).trim();
			pos = close + 1;
			checkEnd(key);
			return new Pair(key, value, true);
		}
		final int end = nextBoundary(pos);
		final String value = text.substring(pos, end).trim();
		pos = end;
		return new Pair(key, value, false);
	}

	private String quoted(final String key) {
		final StringBuilder sb = new StringBuilder();
		pos++; // opening quote
		while (pos < text.length()) {
			final char c = text.charAt(pos++);
			if (c == '"') {
				checkEnd(key);
				return sb.toString();
			}
			if (c == '\\' && pos < text.length()) sb.append(text.charAt(pos++));
			else sb.append(c);
		}
		throw malformed("the value of '" + key + "' opens a double quote but never closes it");
	}

	/** After a quoted or bracketed value: only a separator (or the end) may follow. */
	private void checkEnd(final String key) {
		final int save = pos;
		skipSpace();
		if (pos >= text.length() || text.charAt(pos) == ',' || pos > save && startsPair(pos)) return;
		throw malformed("unexpected '" + text.substring(pos, nextBoundary(pos)).trim() + "' after the value of '" +
			key + "'");
	}

	/** The end of a bare value: the next comma, or whitespace before the next {@code key=}, or the end. */
	private int nextBoundary(final int from) {
		for (int i = from; i < text.length(); i++) {
			final char c = text.charAt(i);
			if (c == ',') return i;
			if (Character.isWhitespace(c) && startsPair(skip(i))) return i;
		}
		return text.length();
	}

	/** Whether a {@code key=} starts at {@code i}. */
	private boolean startsPair(final int i) {
		int j = i;
		while (j < text.length() && isKeyChar(text.charAt(j), j == i))
			j++;
		if (j == i) return false;
		j = skip(j);
		return j < text.length() && text.charAt(j) == '=';
	}

	private int skip(final int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i)))
			i++;
		return i;
	}

	private void skipSpace() {
		pos = skip(pos);
	}

	private static boolean isKeyChar(final char c, final boolean first) {
		return Character.isLetter(c) || c == '_' || !first && (Character.isDigit(c) || c == '.');
	}

	private InvalidParameterException malformed(final String why) {
		return new InvalidParameterException("arguments", "cannot parse the arguments '" + text + "': " + why +
			" (expected key=value pairs separated by commas, text in double quotes or [brackets], e.g. " +
			"stimulus=\"Step\",amplitude=1.55)");
	}
}

package org.neuronmodels.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser for reading run records back: objects become
 * {@link LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link Double}s,
 * and {@code true}/{@code false}/{@code null} themselves. Errors give the
 * character position.
 */
public final class JsonReader {

	private final String text;
	private int pos;

	private JsonReader(final String text) {
		this.text = text;
	}

	/** Parses one JSON value (surrounding white space allowed); throws IllegalArgumentException on bad input. */
	public static Object parse(final String text) {
		final JsonReader r = new JsonReader(text);
		final Object value = r.value();
		r.space();
		if (r.pos != text.length()) throw r.error("unexpected text after the JSON value");
		return value;
	}

	private Object value() {
		space();
		if (pos >= text.length()) throw error("unexpected end of JSON");
		final char c = text.charAt(pos);
		if (c == '{') return object();
		if (c == '[') return array();
		if (c == '"') return string();
		if (text.startsWith("true", pos)) return literal("true", Boolean.TRUE);
		if (text.startsWith("false", pos)) return literal("false", Boolean.FALSE);
		if (text.startsWith("null", pos)) return literal("null", null);
		return number();
	}

	private Map<String, Object> object() {
		final Map<String, Object> map = new LinkedHashMap<>();
		pos++; // {
		space();
		if (peek('}')) return map;
		while (true) {
			space();
			if (pos >= text.length() || text.charAt(pos) != '"') throw error("expected a quoted key");
			final String key = string();
			space();
			expect(':');
			map.put(key, value());
			space();
			if (peek('}')) return map;
			expect(',');
		}
	}

	private List<Object> array() {
		final List<Object> list = new ArrayList<>();
		pos++; // [
		space();
		if (peek(']')) return list;
		while (true) {
			list.add(value());
			space();
			if (peek(']')) return list;
			expect(',');
		}
	}

	private String string() {
		final StringBuilder sb = new StringBuilder();
		pos++; // opening quote
		while (pos < text.length()) {
			final char c = text.charAt(pos++);
			if (c == '"') return sb.toString();
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			if (pos >= text.length()) break;
			final char e = text.charAt(pos++);
			switch (e) {
				case 'n': sb.append('\n'); break;
				case 'r': sb.append('\r'); break;
				case 't': sb.append('\t'); break;
				case 'b': sb.append('\b'); break;
				case 'f': sb.append('\f'); break;
				case 'u':
					if (pos + 4 > text.length()) throw error("bad \\u escape");
					sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
					pos += 4;
					break;
				default: sb.append(e); // " \ /
			}
		}
		throw error("unterminated string");
	}

	private Double number() {
		final int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0)
			pos++;
		try {
			return Double.valueOf(text.substring(start, pos));
		}
		catch (final NumberFormatException exc) {
			pos = start;
			throw error("expected a JSON value");
		}
	}

	private Object literal(final String word, final Object value) {
		pos += word.length();
		return value;
	}

	private boolean peek(final char c) {
		if (pos < text.length() && text.charAt(pos) == c) {
			pos++;
			return true;
		}
		return false;
	}

	private void expect(final char c) {
		if (!peek(c)) throw error("expected '" + c + "'");
	}

	private void space() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos)))
			pos++;
	}

	private IllegalArgumentException error(final String what) {
		return new IllegalArgumentException(what + " at character " + pos);
	}
}

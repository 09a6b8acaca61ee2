package org.neuronmodels.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON parser for tests: objects become maps, arrays lists, numbers doubles. */
final class MiniJson {

	private final String s;
	private int i;

	private MiniJson(final String s) {
		this.s = s;
	}

	static Object parse(final String text) {
		final MiniJson p = new MiniJson(text);
		final Object value = p.value();
		p.ws();
		if (p.i != text.length()) throw p.error("trailing text");
		return value;
	}

	private Object value() {
		ws();
		final char c = s.charAt(i);
		if (c == '{') return object();
		if (c == '[') return array();
		if (c == '"') return string();
		if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
		if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
		if (s.startsWith("null", i)) { i += 4; return null; }
		final int start = i;
		while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
		if (start == i) throw error("unexpected character");
		return Double.parseDouble(s.substring(start, i));
	}

	private Map<String, Object> object() {
		final Map<String, Object> map = new LinkedHashMap<>();
		i++;
		ws();
		if (s.charAt(i) == '}') { i++; return map; }
		while (true) {
			ws();
			final String key = string();
			ws();
			expect(':');
			map.put(key, value());
			ws();
			if (s.charAt(i) == '}') { i++; return map; }
			expect(',');
		}
	}

	private List<Object> array() {
		final List<Object> list = new ArrayList<>();
		i++;
		ws();
		if (s.charAt(i) == ']') { i++; return list; }
		while (true) {
			list.add(value());
			ws();
			if (s.charAt(i) == ']') { i++; return list; }
			expect(',');
		}
	}

	private String string() {
		expect('"');
		final StringBuilder sb = new StringBuilder();
		while (true) {
			final char c = s.charAt(i++);
			if (c == '"') return sb.toString();
			if (c < 0x20) throw error("control character in string");
			if (c != '\\') { sb.append(c); continue; }
			final char e = s.charAt(i++);
			switch (e) {
				case 'n': sb.append('\n'); break;
				case 't': sb.append('\t'); break;
				case 'r': sb.append('\r'); break;
				case 'b': sb.append('\b'); break;
				case 'f': sb.append('\f'); break;
				case 'u': sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
				default: sb.append(e);
			}
		}
	}

	private void expect(final char c) {
		if (s.charAt(i) != c) throw error("expected '" + c + "'");
		i++;
	}

	private void ws() {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
	}

	private IllegalArgumentException error(final String what) {
		return new IllegalArgumentException(what + " at " + i + " in: " + s);
	}
}

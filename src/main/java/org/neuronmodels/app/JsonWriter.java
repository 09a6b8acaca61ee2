package org.neuronmodels.app;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A tiny JSON writer for run records. Maps become objects (in iteration
 * order), arrays and iterables become arrays, numbers keep Java's shortest
 * round-trip form, and everything else becomes a string. JSON has no NaN or
 * Infinity: such numbers are written as {@code null}, and
 * {@link #nonFiniteNotes} says where they were.
 */
public final class JsonWriter {

	private static final String INDENT = "  ";

	private JsonWriter() {}

	/** The value as indented JSON text (ending without a newline). */
	public static String toJson(final Object value) {
		final StringBuilder sb = new StringBuilder();
		write(sb, value, "");
		return sb.toString();
	}

	/** Notes naming each place (e.g. "outputs.v[3]") where {@code value} holds NaN or Infinity. */
	public static List<String> nonFiniteNotes(final Object value,
		final String path)
	{
		final List<String> notes = new ArrayList<>();
		collectNonFinite(value, path, notes);
		return notes;
	}

	/** The string as a quoted JSON string literal. */
	public static String quote(final String s) {
		final StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			final char c = s.charAt(i);
			switch (c) {
				case '"': sb.append("\\\""); break;
				case '\\': sb.append("\\\\"); break;
				case '\n': sb.append("\\n"); break;
				case '\r': sb.append("\\r"); break;
				case '\t': sb.append("\\t"); break;
				case '\b': sb.append("\\b"); break;
				case '\f': sb.append("\\f"); break;
				default:
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else sb.append(c);
			}
		}
		return sb.append('"').toString();
	}

	/** A number as a JSON literal: integers as integers, doubles and floats in shortest form, non-finite as null. */
	public static String number(final Number n) {
		if (n instanceof Double || n instanceof Float) {
			final double d = n.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) return "null";
			return n instanceof Float ? Float.toString(n.floatValue()) : Double.toString(d);
		}
		return n.toString();
	}

	// -- Helper methods --

	private static void write(final StringBuilder sb, final Object value,
		final String indent)
	{
		if (value == null) sb.append("null");
		else if (value instanceof Number) sb.append(number((Number) value));
		else if (value instanceof Boolean) sb.append(value);
		else if (value instanceof Map) writeObject(sb, (Map<?, ?>) value, indent);
		else if (value.getClass().isArray()) writeArray(sb, asList(value), indent);
		else if (value instanceof Iterable) writeArray(sb, asList(value), indent);
		else sb.append(quote(value.toString()));
	}

	private static void writeObject(final StringBuilder sb, final Map<?, ?> map,
		final String indent)
	{
		if (map.isEmpty()) {
			sb.append("{}");
			return;
		}
		final String inner = indent + INDENT;
		sb.append("{\n");
		final Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
		while (it.hasNext()) {
			final Map.Entry<?, ?> e = it.next();
			sb.append(inner).append(quote(String.valueOf(e.getKey()))).append(": ");
			write(sb, e.getValue(), inner);
			sb.append(it.hasNext() ? ",\n" : "\n");
		}
		sb.append(indent).append('}');
	}

	private static void writeArray(final StringBuilder sb, final List<?> list,
		final String indent)
	{
		final boolean flat = list.stream().allMatch(JsonWriter::isScalar);
		if (flat) {
			sb.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) sb.append(", ");
				write(sb, list.get(i), indent);
			}
			sb.append(']');
			return;
		}
		final String inner = indent + INDENT;
		sb.append("[\n");
		for (int i = 0; i < list.size(); i++) {
			sb.append(inner);
			write(sb, list.get(i), inner);
			sb.append(i < list.size() - 1 ? ",\n" : "\n");
		}
		sb.append(indent).append(']');
	}

	private static boolean isScalar(final Object o) {
		return o == null || !(o instanceof Map || o instanceof Iterable || o
			.getClass().isArray());
	}

	private static List<?> asList(final Object value) {
		final List<Object> list = new ArrayList<>();
		if (value instanceof Iterable) {
			for (final Object o : (Iterable<?>) value) list.add(o);
		}
		else {
			final int n = Array.getLength(value);
			for (int i = 0; i < n; i++) list.add(Array.get(value, i));
		}
		return list;
	}

	private static void collectNonFinite(final Object value, final String path,
		final List<String> notes)
	{
		if (value instanceof Double || value instanceof Float) {
			final double d = ((Number) value).doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				notes.add(path + " is " + d + ", written as null");
			}
		}
		else if (value instanceof Map) {
			for (final Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
				collectNonFinite(e.getValue(), path + "." + e.getKey(), notes);
			}
		}
		else if (value != null && (value instanceof Iterable || value.getClass()
			.isArray()))
		{
			final List<?> list = asList(value);
			final List<String> inner = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				collectNonFinite(list.get(i), path + "[" + i + "]", inner);
			}
			if (inner.size() > 3) {
				notes.addAll(inner.subList(0, 3));
				notes.add(path + ": " + (inner.size() - 3) +
					" more NaN/Infinity values written as null");
			}
			else notes.addAll(inner);
		}
	}
}

package org.neuronmodels.io;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * JSON through Gson for run records ({@code outputs.json}) and replays. Writing:
 * maps become objects (in iteration order), arrays and iterables become arrays,
 * numbers keep Java's shortest round-trip form, and everything else becomes a
 * string. JSON has no NaN or Infinity: such numbers are written as
 * {@code null}, and {@link #nonFiniteNotes} says where they were. Reading is
 * strict and gives {@link LinkedHashMap}s, {@link ArrayList}s, {@link Double}s,
 * strings, booleans and nulls.
 */
public final class Json {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting()
		.serializeNulls().disableHtmlEscaping().create();

	private Json() {}

	/** The value as indented JSON text (ending without a newline). */
	public static String toJson(final Object value) {
		return GSON.toJson(tree(value));
	}

	/** Parses one JSON value strictly; throws IllegalArgumentException naming line and column on bad input. */
	public static Object parse(final String text) {
		final JsonReader reader = new JsonReader(new StringReader(text));
		reader.setLenient(false);
		try {
			final JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new IllegalArgumentException("unexpected text after the JSON value at " + where(reader));
			}
			return plain(element);
		}
		catch (final JsonParseException | IOException | IllegalStateException exc) {
			final String message = exc.getCause() != null && exc.getCause().getMessage() != null ? exc.getCause()
				.getMessage() : exc.getMessage();
			throw new IllegalArgumentException(message == null ? "unexpected end of JSON" : message, exc);
		}
	}

	/** Notes naming each place (e.g. "outputs.v[3]") where {@code value} holds NaN or Infinity. */
	public static List<String> nonFiniteNotes(final Object value, final String path) {
		final List<String> notes = new ArrayList<>();
		collectNonFinite(value, path, notes);
		return notes;
	}

	// -- Helper methods --

	private static String where(final JsonReader reader) {
		final String s = reader.toString(); // "JsonReader at line L column C path $"
		final int at = s.indexOf(" at ");
		return at < 0 ? s : s.substring(at + 4);
	}

	/** The value as a Gson tree: non-finite numbers become JSON null. */
	private static JsonElement tree(final Object value) {
		if (value == null) return JsonNull.INSTANCE;
		if (value instanceof Number) {
			final Number n = (Number) value;
			if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
				return JsonNull.INSTANCE;
			}
			return new JsonPrimitive(n);
		}
		if (value instanceof Boolean) return new JsonPrimitive((Boolean) value);
		if (value instanceof Map) {
			final JsonObject object = new JsonObject();
			for (final Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
				object.add(String.valueOf(e.getKey()), tree(e.getValue()));
			}
			return object;
		}
		if (value instanceof Iterable || value.getClass().isArray()) {
			final JsonArray array = new JsonArray();
			for (final Object o : asList(value))
				array.add(tree(o));
			return array;
		}
		return new JsonPrimitive(value.toString());
	}

	/** A Gson tree as plain Java values. */
	private static Object plain(final JsonElement e) {
		if (e == null || e.isJsonNull()) return null;
		if (e.isJsonObject()) {
			final Map<String, Object> map = new LinkedHashMap<>();
			for (final Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
				map.put(m.getKey(), plain(m.getValue()));
			}
			return map;
		}
		if (e.isJsonArray()) {
			final List<Object> list = new ArrayList<>();
			for (final JsonElement item : e.getAsJsonArray())
				list.add(plain(item));
			return list;
		}
		final JsonPrimitive p = e.getAsJsonPrimitive();
		if (p.isBoolean()) return p.getAsBoolean();
		if (p.isNumber()) return p.getAsDouble();
		return p.getAsString();
	}

	private static List<?> asList(final Object value) {
		final List<Object> list = new ArrayList<>();
		if (value instanceof Iterable) {
			for (final Object o : (Iterable<?>) value)
				list.add(o);
		}
		else {
			final int n = Array.getLength(value);
			for (int i = 0; i < n; i++)
				list.add(Array.get(value, i));
		}
		return list;
	}

	private static void collectNonFinite(final Object value, final String path, final List<String> notes) {
		if (value instanceof Double || value instanceof Float) {
			final double d = ((Number) value).doubleValue();
			if (!Double.isFinite(d)) notes.add(path + " is " + d + ", written as null");
		}
		else if (value instanceof Map) {
			for (final Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
				collectNonFinite(e.getValue(), path + "." + e.getKey(), notes);
			}
		}
		else if (value != null && (value instanceof Iterable || value.getClass().isArray())) {
			final List<?> list = asList(value);
			final List<String> inner = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				collectNonFinite(list.get(i), path + "[" + i + "]", inner);
			}
			if (inner.size() > 3) {
				notes.addAll(inner.subList(0, 3));
				notes.add(path + ": " + (inner.size() - 3) + " more NaN/Infinity values written as null");
			}
			else notes.addAll(inner);
		}
	}
}

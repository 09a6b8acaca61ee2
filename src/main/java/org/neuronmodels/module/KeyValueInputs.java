package org.neuronmodels.module;

import java.io.File;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Reads a {@code key=value,...} argument string ({@link ArgumentList}: commas
 * or ImageJ-macro spaces between pairs, text in double quotes or
 * {@code [brackets]}) and assigns the values to a module's inputs, strictly:
 * every key must be an input of the module (else the error lists the valid
 * names, with a did-you-mean), whatever its value; a value must not be empty,
 * except for an optional text or file input, where empty means "none"; values
 * are converted to the input's type without silent rounding or defaulting
 * and must be one of the declared choices and within the declared min/max.
 * Every assigned input is marked resolved, so no preprocessor overrides it.
 * Every problem is an {@link InvalidParameterException} whose message names
 * the input, its unit and what is allowed. The launcher, scripts run by it,
 * the sweeps' fixed inputs and the service all read inputs here.
 */
public final class KeyValueInputs {

	private final ConvertService converter;

	/** Reads inputs, converting text to files and other objects with {@code converter}. */
	public KeyValueInputs(final ConvertService converter) {
		this.converter = converter;
	}

	/** The inputs a user can set: all but services, contexts and messages. */
	public static List<ModuleItem<?>> settableInputs(final Module module) {
		return InputRanges.userInputs(module);
	}

	/** Assigns the values in {@code args} to the module's inputs and returns them by name. */
	public Map<String, Object> assign(final Module module, final String args) {
		final Map<String, Object> assigned = new LinkedHashMap<>();
		final Set<String> seen = new HashSet<>();
		for (final ArgumentList.Pair pair : ArgumentList.parse(args)) {
			final String name = pair.key;
			final ModuleItem<?> input = find(module, name);
			if (!seen.add(name)) {
				throw invalid(name, "'" + name + "' is given more than once");
			}
			final Object value = convert(input, pair.value);
			module.setInput(name, value);
			module.resolveInput(name);
			assigned.put(name, value);
		}
		return assigned;
	}

	/** Fails unless {@code name} is a settable input of {@code module}; the error lists the valid names. */
	public static ModuleItem<?> find(final Module module, final String name)
	{
		for (final ModuleItem<?> input : settableInputs(module)) {
			if (input.getName().equals(name)) return input;
		}
		String hint = "";
		int best = 3;
		for (final ModuleItem<?> input : settableInputs(module)) {
			final String candidate = input.getName().toLowerCase();
			final int d = candidate.equals(name.toLowerCase()) || candidate.startsWith(name.toLowerCase()) ? 0
				: distance(candidate, name.toLowerCase());
			if (d < best) {
				best = d;
				hint = " (did you mean '" + input.getName() + "'?)";
			}
		}
		throw invalid(name, "unknown parameter '" + name + "'" + hint + " for '" +
			module.getInfo().getTitle() + "'; valid parameters: " + names(module));
	}

	private static String names(final Module module) {
		final List<ModuleItem<?>> inputs = settableInputs(module);
		if (inputs.isEmpty()) return "(none)";
		return inputs.stream().map(ModuleItem::getName).collect(Collectors.joining(
			", "));
	}

	/** Whether an empty value means "none" for this input: optional text or file inputs without choices. */
	public static boolean emptyMeansNone(final ModuleItem<?> input) {
		final Class<?> type = input.getType();
		final boolean choices = input.getChoices() != null && !input.getChoices().isEmpty();
		return !input.isRequired() && !choices && (type == String.class || type == File.class);
	}

	/** Converts a parsed or given value to the input's type and checks its choices and range. */
	public Object convert(final ModuleItem<?> input, final Object raw) {
		final String name = input.getName();
		if (raw == null) {
			throw invalid(name, "cannot read the value of '" + name +
				"'; put text in double quotes, e.g. " + name + "=\"...\"");
		}
		final Object value = raw;
		final Class<?> type = Types.box(input.getType());
		if (value instanceof String && ((String) value).trim().isEmpty()) {
			if (emptyMeansNone(input)) return type == File.class ? null : "";
			throw invalid(name, name + " is empty: " + expected(input));
		}
		final Object converted;
		if (Number.class.isAssignableFrom(type) && StrictNumbers.handles(type)) {
			converted = StrictNumbers.convert(name, value, type);
		}
		else if (type == Boolean.class) converted = toBoolean(name, value);
		else {
			converted = converter.convert(value, input.getType());
			if (converted == null) {
				throw invalid(name, name + " = " + text(value) +
					" is invalid: cannot be converted to " + input.getType()
						.getSimpleName());
			}
		}
		checkChoices(input, converted);
		checkRange(input, converted);
		return converted;
	}

	/** What an input takes, e.g. "give a number in ms between 1e-06 and 100" or "give one of ...". */
	static String expected(final ModuleItem<?> input) {
		final List<?> choices = input.getChoices();
		if (choices != null && !choices.isEmpty()) {
			return "give one of " + choices.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
		}
		final Class<?> type = Types.box(input.getType());
		if (type == Boolean.class) return "give true or false";
		if (type == File.class) return "give a file path";
		if (!Number.class.isAssignableFrom(type)) return "give a text value (in double quotes)";
		final String unit = unitOf(input.getLabel());
		final boolean whole = type != Double.class && type != Float.class;
		final Object min = input.getMinimumValue(), max = input.getMaximumValue();
		final String what = "give a " + (whole ? "whole number" : "number") + (unit.isEmpty() ? "" : " in" + unit);
		if (min instanceof Number && max instanceof Number) return what + " between " + fmt(min) + " and " + fmt(max);
		if (min instanceof Number) return what + " >= " + fmt(min);
		if (max instanceof Number) return what + " <= " + fmt(max);
		return what;
	}

	private static String fmt(final Object n) {
		final Number x = (Number) n;
		return x instanceof Double || x instanceof Float ? Checks.fmt(x.doubleValue()) : x.toString();
	}

	private static Boolean toBoolean(final String name, final Object value)
	{
		if (value instanceof Boolean) return (Boolean) value;
		final String s = value.toString().trim();
		if (s.equalsIgnoreCase("true")) return Boolean.TRUE;
		if (s.equalsIgnoreCase("false")) return Boolean.FALSE;
		throw invalid(name, name + " = " + text(value) +
			" is invalid: must be true or false");
	}

	private static void checkChoices(final ModuleItem<?> input,
		final Object value)
	{
		try {
			InputRanges.checkChoices(input, value);
		}
		catch (final InvalidParameterException exc) {
			throw invalid(exc.parameter(), exc.getMessage());
		}
	}

	private static void checkRange(final ModuleItem<?> input,
		final Object value)
	{
		try {
			InputRanges.checkRange(input, value);
		}
		catch (final InvalidParameterException exc) {
			throw invalid(exc.parameter(), exc.getMessage());
		}
	}

	/** The unit in a label such as "Time step dt (ms)", with a leading space, or "". */
	public static String unitOf(final String label) {
		return InputRanges.unitOf(label);
	}

	static InvalidParameterException invalid(final String name,
		final String message)
	{
		return new InvalidParameterException(name, message);
	}

	/** A value as the launcher prints it: arrays as [a, b], others by toString. */
	static String text(final Object value) {
		if (value == null) return "null";
		if (!value.getClass().isArray()) return value.toString();
		final StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
			if (i > 0) sb.append(", ");
			sb.append(text(java.lang.reflect.Array.get(value, i)));
		}
		return sb.append(']').toString();
	}

	/** Levenshtein edit distance. */
	public static int distance(final String a, final String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) prev[j] = j;
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] +
					cost);
			}
			final int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}
}

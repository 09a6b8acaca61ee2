package org.neuronmodels.module;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.parse.Item;
import org.scijava.parse.Items;
import org.scijava.parse.ParseService;
import org.scijava.parsington.Token;
import org.scijava.util.Types;

/**
 * Parses a {@code key=value,...} argument string with SciJava's
 * {@link ParseService} and assigns the values to a module's inputs: names
 * must be inputs of the module, values are converted to the input's type
 * (strictly: no silent rounding or defaulting), must be one of the declared
 * choices and within the declared min/max. Every assigned input is marked
 * resolved, so no preprocessor overrides it. Every problem is an
 * {@link InvalidParameterException} whose message names the input.
 */
public final class KeyValueInputs {

	private final ParseService parser;
	private final ConvertService converter;

	public KeyValueInputs(final ParseService parser, final ConvertService converter) {
		this.parser = parser;
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
		for (final Item item : parse(args)) {
			final String name = item.name();
			if (name == null) {
				throw invalid("arguments", "expected key=value but got '" + text(item
					.value()) + "' in the arguments (valid keys: " + names(module) + ")");
			}
			if (!seen.add(name)) {
				throw invalid(name, "'" + name + "' is given more than once");
			}
			final ModuleItem<?> input = find(module, name);
			final Object value = convert(input, item.value());
			module.setInput(name, value);
			module.resolveInput(name);
			assigned.put(name, value);
		}
		return assigned;
	}

	// -- Helper methods --

	private Items parse(final String args) {
		if (args == null || args.trim().isEmpty()) return parser.parse("", false);
		try {
			// NB: non-strict, so that bare words (stimulus=Step) are taken as text.
			return parser.parse(args, false);
		}
		catch (final RuntimeException exc) {
			throw invalid("arguments", "cannot parse the arguments '" + args + "': " + exc
				.getMessage() + " (expected key=value pairs separated by commas, " +
				"text in double quotes, e.g. stimulus=\"Step\",amplitude=1.55)");
		}
	}

	private ModuleItem<?> find(final Module module, final String name)
	{
		for (final ModuleItem<?> input : settableInputs(module)) {
			if (input.getName().equals(name)) return input;
		}
		String hint = "";
		for (final ModuleItem<?> input : settableInputs(module)) {
			if (input.getName().equalsIgnoreCase(name) || input.getName()
				.toLowerCase().startsWith(name.toLowerCase()) || distance(
				input.getName().toLowerCase(), name.toLowerCase()) <= 2)
			{
				hint = " (did you mean '" + input.getName() + "'?)";
				break;
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

	/** Converts a parsed or given value to the input's type and checks its choices and range. */
	public Object convert(final ModuleItem<?> input, final Object raw) {
		final String name = input.getName();
		if (raw == null) {
			throw invalid(name, "cannot read the value of '" + name +
				"'; put text in double quotes, e.g. " + name + "=\"...\"");
		}
		// NB: a bare word is an unresolved variable token: take it as text
		final Object value = raw instanceof Token ? ((Token) raw).getToken() : raw;
		final Class<?> type = Types.box(input.getType());
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

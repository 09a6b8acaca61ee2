package org.neuronmodels.app;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuronmodels.command.InputRanges;
import org.neuronmodels.core.InvalidParameterException;
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
 * resolved, so no preprocessor overrides it.
 */
final class InputAssigner {

	private final ParseService parser;
	private final ConvertService converter;

	InputAssigner(final ParseService parser, final ConvertService converter) {
		this.parser = parser;
		this.converter = converter;
	}

	/** The inputs a user can set: all but services, contexts and messages. */
	static List<ModuleItem<?>> settableInputs(final Module module) {
		return InputRanges.userInputs(module);
	}

	/** Assigns the values in {@code args} to the module's inputs and returns them by name. */
	Map<String, Object> assign(final Module module, final String args)
		throws LauncherException
	{
		final Map<String, Object> assigned = new LinkedHashMap<>();
		final Set<String> seen = new HashSet<>();
		for (final Item item : parse(args)) {
			final String name = item.name();
			if (name == null) {
				throw invalid("expected key=value but got '" + Values.format(item
					.value()) + "' in the arguments (valid keys: " + names(module) + ")");
			}
			if (!seen.add(name)) {
				throw invalid("'" + name + "' is given more than once");
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

	private Items parse(final String args) throws LauncherException {
		if (args == null || args.trim().isEmpty()) return parser.parse("", false);
		try {
			// NB: non-strict, so that bare words (stimulus=Step) are taken as text.
			return parser.parse(args, false);
		}
		catch (final RuntimeException exc) {
			throw invalid("cannot parse the arguments '" + args + "': " + exc
				.getMessage() + " (expected key=value pairs separated by commas, " +
				"text in double quotes, e.g. stimulus=\"Step\",amplitude=1.55)");
		}
	}

	private ModuleItem<?> find(final Module module, final String name)
		throws LauncherException
	{
		for (final ModuleItem<?> input : settableInputs(module)) {
			if (input.getName().equals(name)) return input;
		}
		String hint = "";
		for (final ModuleItem<?> input : settableInputs(module)) {
			if (input.getName().equalsIgnoreCase(name) || input.getName()
				.toLowerCase().startsWith(name.toLowerCase()) || CommandFinder.distance(
				input.getName().toLowerCase(), name.toLowerCase()) <= 2)
			{
				hint = " (did you mean '" + input.getName() + "'?)";
				break;
			}
		}
		throw invalid("unknown parameter '" + name + "'" + hint + " for '" +
			module.getInfo().getTitle() + "'; valid parameters: " + names(module));
	}

	private static String names(final Module module) {
		final List<ModuleItem<?>> inputs = settableInputs(module);
		if (inputs.isEmpty()) return "(none)";
		return inputs.stream().map(ModuleItem::getName).collect(Collectors.joining(
			", "));
	}

	private Object convert(final ModuleItem<?> input, final Object raw)
		throws LauncherException
	{
		final String name = input.getName();
		if (raw == null) {
			throw invalid("cannot read the value of '" + name +
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
				throw invalid(name + " = " + Values.format(value) +
					" is invalid: cannot be converted to " + input.getType()
						.getSimpleName());
			}
		}
		checkChoices(input, converted);
		checkRange(input, converted);
		return converted;
	}

	private static Boolean toBoolean(final String name, final Object value)
		throws LauncherException
	{
		if (value instanceof Boolean) return (Boolean) value;
		final String s = value.toString().trim();
		if (s.equalsIgnoreCase("true")) return Boolean.TRUE;
		if (s.equalsIgnoreCase("false")) return Boolean.FALSE;
		throw invalid(name + " = " + Values.format(value) +
			" is invalid: must be true or false");
	}

	private static void checkChoices(final ModuleItem<?> input,
		final Object value) throws LauncherException
	{
		try {
			InputRanges.checkChoices(input, value);
		}
		catch (final InvalidParameterException exc) {
			throw invalid(exc.getMessage());
		}
	}

	private static void checkRange(final ModuleItem<?> input,
		final Object value) throws LauncherException
	{
		try {
			InputRanges.checkRange(input, value);
		}
		catch (final InvalidParameterException exc) {
			throw invalid(exc.getMessage());
		}
	}

	static LauncherException invalid(final String message) {
		return new LauncherException(LauncherException.INVALID_INPUT, message);
	}
}

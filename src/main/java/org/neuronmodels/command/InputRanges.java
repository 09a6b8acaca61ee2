package org.neuronmodels.command;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * Checks input values against what their {@code @Parameter} declares: numbers
 * finite and within {@code min}/{@code max}, text one of the {@code choices},
 * required files present. Failures are {@link InvalidParameterException}s in
 * the core's wording, e.g. {@code "dt = -1 ms is invalid: must be between
 * 1e-06 and 100 ms"}, with the unit taken from the label's trailing
 * parentheses. Used before every run and by the headless launcher, so the
 * declared ranges are enforced the same way everywhere.
 */
public final class InputRanges {

	/** The parenthesized end of a label, e.g. "(ms)" or "(ms; NaN = preset)". */
	private static final Pattern UNIT = Pattern.compile("\\(([^()]{1,40})\\)\\s*$");

	private InputRanges() {}

	/** The inputs a user sets: all but services, the context and messages. */
	public static List<ModuleItem<?>> userInputs(final Module module) {
		final List<ModuleItem<?>> list = new ArrayList<>();
		for (final ModuleItem<?> item : module.getInfo().inputs())
			if (isUserInput(item)) list.add(item);
		return list;
	}

	/** Whether a user sets this input: not an output, a service, the context or a message. */
	public static boolean isUserInput(final ModuleItem<?> item) {
		if (item.getIOType() == ItemIO.OUTPUT) return false;
		final Class<?> type = item.getType();
		if (Service.class.isAssignableFrom(type) || Context.class.isAssignableFrom(type)) return false;
		return item.getVisibility() != ItemVisibility.MESSAGE;
	}

	/** Checks every user input of the module against its declaration. */
	public static void checkAll(final Module module) {
		for (final ModuleItem<?> item : userInputs(module))
			check(item, item.getValue(module));
	}

	/** Checks one value against the declaration of {@code item}: choices, then range. */
	public static void check(final ModuleItem<?> item, final Object value) {
		checkChoices(item, value);
		checkRange(item, value);
		if (value instanceof File && item.isRequired() && !((File) value).exists()) {
			throw new InvalidParameterException(item.getName(), item.getName() + " = " + value +
				" is invalid: no such file");
		}
	}

	/** Fails unless {@code value} is one of the item's declared choices (if it declares any). */
	public static void checkChoices(final ModuleItem<?> item, final Object value) {
		final List<?> choices = item.getChoices();
		if (choices == null || choices.isEmpty()) return;
		for (final Object choice : choices)
			if (choice != null && choice.equals(value)) return;
		throw new InvalidParameterException(item.getName(), item.getName() + " = \"" + value +
			"\" is invalid: must be one of " + choices.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(
				", ")));
	}

	/**
	 * Fails unless a number is finite (floating point) and within the item's
	 * declared min/max. NaN passes where it is the input's default value: the
	 * command's marker for "the preset's value".
	 */
	public static void checkRange(final ModuleItem<?> item, final Object value) {
		if (!(value instanceof Number)) return;
		final double v = ((Number) value).doubleValue();
		if (Double.isNaN(v) && isNaNDefault(item)) return;
		final Object min = item.getMinimumValue();
		final Object max = item.getMaximumValue();
		final boolean hasMin = min instanceof Number, hasMax = max instanceof Number;
		final boolean low = hasMin && !(v >= ((Number) min).doubleValue());
		final boolean high = hasMax && !(v <= ((Number) max).doubleValue());
		final boolean finite = !(value instanceof Double || value instanceof Float) || Double.isFinite(v);
		if (!low && !high && finite) return;
		final String unit = unitOf(item.getLabel());
		final String rule;
		if (hasMin && hasMax) rule = "must be between " + fmt(min) + " and " + fmt(max) + unit;
		else if (hasMin) rule = (finite ? "must be >= " : "must be a finite number >= ") + fmt(min) + unit;
		else if (hasMax) rule = (finite ? "must be <= " : "must be a finite number <= ") + fmt(max) + unit;
		else rule = "must be a finite number";
		throw new InvalidParameterException(item.getName(), item.getName() + " = " + fmt(value) + unit +
			" is invalid: " + rule);
	}

	/**
	 * The unit in a label such as "Time step dt (ms)" or "Delay (ms; NaN =
	 * preset)", with a leading space, or "" when the parentheses hold no unit.
	 */
	public static String unitOf(final String label) {
		if (label == null) return "";
		final Matcher m = UNIT.matcher(label);
		if (!m.find()) return "";
		final String unit = m.group(1).split(";")[0].trim();
		return unit.isEmpty() || unit.contains("=") || unit.contains(" ") || unit.length() > 12 ? "" : " " + unit;
	}

	/** Whether the item's default (the field's initial value) is NaN. */
	private static boolean isNaNDefault(final ModuleItem<?> item) {
		try {
			final Object d = item.getDefaultValue();
			return d instanceof Number && Double.isNaN(((Number) d).doubleValue());
		}
		catch (final RuntimeException exc) {
			return false;
		}
	}

	private static String fmt(final Object number) {
		final Number n = (Number) number;
		if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) return n.toString();
		return Checks.fmt(n.doubleValue());
	}
}

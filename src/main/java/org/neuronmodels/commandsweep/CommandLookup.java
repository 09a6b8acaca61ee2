package org.neuronmodels.commandsweep;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.neuronmodels.core.InvalidParameterException;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;
import org.scijava.util.Types;

/** Finds the command a sweep runs, its numeric inputs and its scalar outputs; errors name the sweep's fields. */
final class CommandLookup {

	/** The class of the Parameter Sweep command itself (it cannot sweep itself). */
	static final String SWEEP_COMMAND = "org.neuronmodels.command.ParameterSweepCommand";

	private CommandLookup() {}

	/** The Neuron Models command with this label, class name or simple class name (case-insensitive label). */
	static CommandInfo find(final Context context, final String name) {
		final String n = name == null ? "" : name.trim();
		final List<CommandInfo> ours = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class).getCommands()) {
			if (!info.getClassName().startsWith("org.neuronmodels.")) continue;
			if (info.getClassName().equals(SWEEP_COMMAND)) continue;
			ours.add(info);
		}
		for (final CommandInfo info : ours) {
			final String cls = info.getClassName();
			if (n.equals(label(info)) || n.equals(cls) || n.equals(cls.substring(cls.lastIndexOf('.') + 1))) return info;
		}
		for (final CommandInfo info : ours)
			if (n.equalsIgnoreCase(label(info))) return info;
		throw new InvalidParameterException("command", "command = \"" + n + "\" is invalid: not a Neuron Models " +
			"command that can be swept; use one of " + ours.stream().map(i -> "\"" + label(i) + "\"").sorted().collect(
				Collectors.joining(", ")));
	}

	/** The label of a command (its title if it has none). */
	static String label(final CommandInfo info) {
		final String label = info.getLabel();
		return label != null && !label.isEmpty() ? label : info.getTitle();
	}

	/** The numeric input {@code name}; fails naming {@code field} if it is unknown or not numeric. */
	static ModuleItem<?> numericInput(final CommandInfo info, final String name, final String field) {
		final String n = name == null ? "" : name.trim();
		final List<ModuleItem<?>> numeric = new ArrayList<>();
		ModuleItem<?> found = null;
		for (final ModuleItem<?> item : info.inputs()) {
			if (!isUserInput(item)) continue;
			if (isNumber(item.getType())) numeric.add(item);
			if (item.getName().equals(n)) found = item;
		}
		final String valid = numeric.stream().map(ModuleItem::getName).collect(Collectors.joining(", "));
		if (found == null) {
			throw new InvalidParameterException(field, field + " = \"" + n + "\" is invalid: " + label(info) +
				" has no input of that name; numeric inputs: " + valid);
		}
		if (!isNumber(found.getType())) {
			throw new InvalidParameterException(field, field + " = \"" + n + "\" is invalid: not a numeric input of " +
				label(info) + "; numeric inputs: " + valid);
		}
		return found;
	}

	/** The outputs that are single numbers, in declaration order. */
	static List<ModuleItem<?>> scalarOutputs(final CommandInfo info) {
		final List<ModuleItem<?>> list = new ArrayList<>();
		for (final ModuleItem<?> item : info.outputs())
			if (item.getIOType() == ItemIO.OUTPUT && isNumber(item.getType())) list.add(item);
		return list;
	}

	/** Fails naming {@code measure} unless it is one of {@code outputs}. */
	static void checkMeasure(final CommandInfo info, final List<ModuleItem<?>> outputs, final String measure) {
		for (final ModuleItem<?> item : outputs)
			if (item.getName().equals(measure)) return;
		throw new InvalidParameterException("measure", "measure = \"" + measure + "\" is invalid: not a scalar output of " +
			label(info) + "; scalar outputs: " + outputs.stream().map(ModuleItem::getName).collect(Collectors.joining(
				", ")));
	}

	/** Whether the command has {@code double[] time} and {@code double[] voltage} outputs. */
	static boolean hasTraces(final CommandInfo info) {
		final ModuleItem<?> t = info.getOutput("time");
		final ModuleItem<?> v = info.getOutput("voltage");
		return t != null && v != null && t.getType() == double[].class && v.getType() == double[].class;
	}

	private static boolean isUserInput(final ModuleItem<?> item) {
		return !Service.class.isAssignableFrom(item.getType()) && !Context.class.isAssignableFrom(item.getType()) &&
			item.getVisibility() != ItemVisibility.MESSAGE;
	}

	private static boolean isNumber(final Class<?> type) {
		final Class<?> b = Types.box(type);
		return b == Double.class || b == Float.class || b == Integer.class || b == Long.class || b == Short.class ||
			b == Byte.class;
	}
}

package org.neuronmodels.ui;

import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.command.InputRanges;
import org.neuronmodels.command.NeuronModelsCommand;
import org.neuronmodels.core.InvalidParameterException;
import org.scijava.module.DefaultMutableModuleInfo;
import org.scijava.module.DefaultMutableModuleItem;
import org.scijava.module.MethodCallException;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;

/**
 * A command input whose SciJava validation asks the command itself: the
 * problem {@link NeuronModelsCommand#inputProblem()} finds (declared ranges,
 * then the core's cross-field checks, the same the run makes) is reported on
 * the input it names, so SciJava's dialog marks that field and shows the
 * message. A problem naming an input that is not in the dialog (set by a
 * macro, or internal) is reported on the first input of the dialog.
 */
public final class CheckedInput<T> extends DefaultMutableModuleItem<T> {

	/** A checked copy of {@code item} belonging to {@code info} (default value included). */
	public CheckedInput(final ModuleInfo info, final ModuleItem<T> item) {
		super(info, item);
		setDefaultValue(item.getDefaultValue()); // NB: the copy constructor leaves it out
	}

	@Override
	public void validate(final Module module) throws MethodCallException {
		super.validate(module);
		final String message = messageFor(module, getName());
		if (message != null) throw new MethodCallException(message);
	}

	/**
	 * Replaces every input of a Neuron Models command module by a checked copy
	 * (same order, same metadata); returns false, changing nothing, if the
	 * module is not one or its inputs are not mutable.
	 */
	public static boolean install(final Module module) {
		if (!(module.getDelegateObject() instanceof NeuronModelsCommand)) return false;
		if (!(module.getInfo() instanceof DefaultMutableModuleInfo)) return false;
		final DefaultMutableModuleInfo info = (DefaultMutableModuleInfo) module.getInfo();
		final List<ModuleItem<?>> inputs = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			inputs.add(item);
		if (inputs.stream().allMatch(i -> i instanceof CheckedInput)) return true;
		for (final ModuleItem<?> item : inputs)
			info.removeInput(item);
		for (final ModuleItem<?> item : inputs)
			info.addInput(item instanceof CheckedInput ? item : checked(info, item));
		return true;
	}

	/** The message of the current input problem if it belongs to input {@code name}, else null. */
	public static String messageFor(final Module module, final String name) {
		if (!(module.getDelegateObject() instanceof NeuronModelsCommand)) return null;
		final InvalidParameterException problem = ((NeuronModelsCommand) module.getDelegateObject()).inputProblem();
		if (problem == null) return null;
		return name.equals(owner(module, problem.parameter())) ? problem.getMessage() : null;
	}

	/** The dialog input that shows a problem with {@code parameter}: itself if in the dialog, else the first. */
	private static String owner(final Module module, final String parameter) {
		final List<ModuleItem<?>> inputs = InputRanges.userInputs(module);
		for (final ModuleItem<?> item : inputs)
			if (item.getName().equals(parameter) && !module.isInputResolved(parameter)) return parameter;
		for (final ModuleItem<?> item : inputs)
			if (!module.isInputResolved(item.getName())) return item.getName();
		return null;
	}

	private static <T> CheckedInput<T> checked(final ModuleInfo info, final ModuleItem<T> item) {
		return new CheckedInput<>(info, item);
	}
}

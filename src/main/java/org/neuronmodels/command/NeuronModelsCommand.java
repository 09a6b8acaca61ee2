package org.neuronmodels.command;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.DynamicCommand;
import org.scijava.command.DynamicCommandInfo;
import org.scijava.module.MethodCallException;
import org.scijava.module.ModuleItem;
import org.scijava.module.MutableModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * Base of every Neuron Models command: runs {@link #execute()} and turns bad
 * input, numerical blow-up and cancellation into a cancelled command with a
 * one-line reason (shown in a dialog when a UI is present), never a stack trace.
 * <p>
 * A {@link DynamicCommand}, so that each command instance can adapt its own
 * input labels ({@link #adjustLabels()}, e.g. the unit of a shared input) and
 * fill inputs still unset before they are shown ({@link #prepareInputs()}). The
 * inputs stay the annotated fields (their names are the macro keys).
 * </p>
 */
public abstract class NeuronModelsCommand extends DynamicCommand {

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private UIService ui;

	private boolean itemsAdapted;

	/** Does the command's work; may throw the core's checked-input exceptions. */
	protected abstract void execute();

	/**
	 * This instance's module info. On first use its input items get the fields'
	 * initial values as defaults (see {@link #keepFieldDefaults()}) and
	 * {@link #adjustLabels()} adapts their labels.
	 */
	@Override
	public DynamicCommandInfo getInfo() {
		final DynamicCommandInfo info = super.getInfo();
		if (!itemsAdapted) {
			itemsAdapted = true;
			keepFieldDefaults();
			adjustLabels();
		}
		return info;
	}

	/**
	 * Makes the values the input fields start with their items' defaults.
	 * DynamicCommandInfo copies the annotated items without their default value,
	 * and SciJava's DefaultValuePreprocessor would then replace an input left at
	 * 0 by its minimum (e.g. offset = 0 by -1000000).
	 */
	private void keepFieldDefaults() {
		for (final ModuleItem<?> item : getInfo().inputs()) {
			final Class<?> type = item.getType();
			if (!(item instanceof MutableModuleItem) || Service.class.isAssignableFrom(type) || Context.class
				.isAssignableFrom(type)) continue;
			@SuppressWarnings("unchecked")
			final MutableModuleItem<Object> mutable = (MutableModuleItem<Object>) item;
			mutable.setDefaultValue(getInput(item.getName()));
		}
	}

	/** Adapts this instance's input labels and descriptions with {@link #relabel}; nothing by default. */
	protected void adjustLabels() {}

	/**
	 * Runs the module initializers, then {@link #prepareInputs()}. SciJava calls
	 * this after the inputs given by a macro or script are set and before the
	 * dialog (or persisted values) fill the others.
	 */
	@Override
	public void initialize() throws MethodCallException {
		super.initialize();
		prepareInputs();
	}

	/** Fills this instance's inputs that are still unset before they are shown or harvested; nothing by default. */
	protected void prepareInputs() {}

	/** Sets the dialog label and description of this instance's input {@code name}. */
	protected void relabel(final String name, final String label, final String description) {
		final ModuleItem<?> item = getInfo().getInput(name);
		if (!(item instanceof MutableModuleItem)) return;
		((MutableModuleItem<?>) item).setLabel(label);
		((MutableModuleItem<?>) item).setDescription(description);
	}

	@Override
	public final void run() {
		try {
			execute();
		}
		catch (final InvalidParameterException | NumericalInstabilityException e) {
			fail(e.getMessage());
		}
		catch (final SimulationCancelledException e) {
			cancel(e.getMessage());
		}
	}

	/** A progress monitor that reports to SciJava's status bar and stops when this command is cancelled. */
	protected ProgressMonitor progress() {
		return new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {
				if (status != null) status.showProgress((int) (1000 * done / Math.max(1, total)), 1000);
			}

			@Override
			public boolean isCancelled() {
				return NeuronModelsCommand.this.isCanceled() || Thread.currentThread().isInterrupted();
			}
		};
	}

	private void fail(final String message) {
		cancel(message);
		if (ui != null && !ui.isHeadless()) {
			ui.showDialog(message, "Neuron Models", DialogPrompt.MessageType.ERROR_MESSAGE);
		}
	}
}

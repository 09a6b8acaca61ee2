package org.neuronmodels.command;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.scijava.app.StatusService;
import org.scijava.command.CommandInfo;
import org.scijava.command.DynamicCommand;
import org.scijava.command.DynamicCommandInfo;
import org.scijava.plugin.Parameter;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * Base of every Neuron Models command: runs {@link #execute()} and turns bad
 * input, numerical blow-up and cancellation into a cancelled command with a
 * one-line reason (shown in a dialog when a UI is present), never a stack trace.
 * It is a {@link DynamicCommand} (per-instance, mutable input metadata) so that
 * a command can adapt an inherited input's label in {@link #adapt}, e.g. to its
 * model's current unit (see {@link StimulusCommand#currentUnit()}); the inputs
 * themselves are still the annotated fields.
 */
public abstract class NeuronModelsCommand extends DynamicCommand {

	/** Metadata of an instance created without a context (e.g. {@code CommandInfo.createModule()}). */
	private DynamicCommandInfo detachedInfo;

	/** The metadata {@link #adapt} was last applied to. */
	private DynamicCommandInfo adaptedInfo;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private UIService ui;

	/**
	 * The module metadata, adapted by {@link #adapt}. Works also on an instance
	 * no context was injected into (its metadata is then read from the class).
	 */
	@Override
	public DynamicCommandInfo getInfo() {
		final DynamicCommandInfo info;
		if (getContext() != null) info = super.getInfo();
		else {
			if (detachedInfo == null) detachedInfo = new DynamicCommandInfo(new CommandInfo(getClass()), getClass());
			info = detachedInfo;
		}
		if (info != adaptedInfo) {
			adaptedInfo = info;
			adapt(info);
		}
		return info;
	}

	/** Adapts this command's input metadata (labels, descriptions) once per metadata object; none by default. */
	protected void adapt(final DynamicCommandInfo info) {}

	/** Does the command's work; may throw the core's checked-input exceptions. */
	protected abstract void execute();

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

package org.neuronmodels.command;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;

/**
 * Base of every Neuron Models command: runs {@link #execute()} and turns bad
 * input, numerical blow-up and cancellation into a cancelled command with a
 * one-line reason (shown in a dialog when a UI is present), never a stack trace.
 * <p>
 * A plain {@link ContextCommand} (not a DynamicCommand: SciJava's typed
 * {@code CommandService.run} returns null for those, which would break every
 * script that calls a command). Inputs whose unit differs per model (the
 * stimulus amplitude and offset) are declared by each command with its unit.
 * </p>
 */
public abstract class NeuronModelsCommand extends ContextCommand {

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private UIService ui;

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

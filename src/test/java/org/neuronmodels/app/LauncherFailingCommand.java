package org.neuronmodels.app;

import org.neuronmodels.core.InvalidParameterException;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** A test-only command that fails in the way its {@code mode} names. */
@Plugin(type = Command.class, label = "Launcher Failing Command")
public class LauncherFailingCommand extends ContextCommand {

	@Parameter(choices = { "ok", "cancel", "wrapped", "crash", "npe" })
	private String mode = "ok";

	@Parameter(type = ItemIO.OUTPUT)
	private double value;

	@Override
	public void run() {
		switch (mode) {
			case "cancel":
				cancel("rate = 0 Hz leaves nothing to analyse");
				return;
			case "wrapped":
				throw new RuntimeException("simulation failed", new InvalidParameterException(
					"tau", "tau = 0 ms is invalid: must be > 0 ms"));
			case "crash":
				throw new IllegalStateException("integrator diverged\nat step 12");
			case "npe":
				throw new NullPointerException();
			default:
				value = 1.5;
		}
	}
}

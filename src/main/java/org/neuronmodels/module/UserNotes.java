package org.neuronmodels.module;

import org.scijava.Context;
import org.scijava.log.LogService;
import org.scijava.ui.UIService;

/**
 * Where a command's notes for the user go (rows not kept, SLURM submission and
 * collection): to SciJava's log when a user interface shows it (Fiji's
 * console), else to stderr — SciJava's headless log writes info lines to
 * stdout, which carries only the outputs.
 */
public final class UserNotes {

	private UserNotes() {}

	/** Writes {@code line}, prefixed {@code neuron-models: }, where the user of {@code context} sees it. */
	public static void note(final Context context, final String line) {
		final LogService log = context == null ? null : context.getService(LogService.class);
		final UIService ui = context == null ? null : context.getService(UIService.class);
		if (log != null && DialogChecks.isUiVisible(ui)) log.info("neuron-models: " + line);
		else System.err.println("neuron-models: " + line);
	}
}

package org.neuronmodels.app;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.module.ModuleRuns;
import org.scijava.Context;
import org.scijava.module.Module;

/**
 * Runs a module for the launcher through {@link ModuleRuns} (synchronously,
 * without input persistence, UI or display processors) and turns every way a
 * module can fail into a {@link LauncherException}: a thrown exception, a
 * cancellation by a preprocessor or by the module itself (with its reason), or
 * a module that could not be created. Errors are not logged:
 * the launcher reports them itself, on one line.
 */
final class ModuleExecution {

	private final Context context;

	ModuleExecution(final Context context) {
		this.context = context;
	}

	/** Runs the module; returns normally only if it completed without error or cancellation. */
	void run(final Module module) throws LauncherException {
		final String reason;
		try {
			reason = new ModuleRuns(context).run(module);
		}
		catch (final Throwable t) {
			throw failure(t);
		}
		if (reason != null) {
			throw new LauncherException(LauncherException.INVALID_INPUT,
				reason.trim().isEmpty() ? "the command was canceled" : oneLine(reason));
		}
	}

	/** Maps an exception thrown by a module to a launcher failure with a one-line message. */
	static LauncherException failure(final Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof InvalidParameterException) {
				return new LauncherException(LauncherException.INVALID_INPUT, oneLine(c
					.getMessage()), t);
			}
			if (c.getCause() == c) break;
		}
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		final String message = root.getMessage();
		final boolean ours = root.getClass().getName().startsWith(
			"org.neuronmodels.");
		String text = message == null || message.trim().isEmpty() ? root
			.getClass().getName() : ours ? message : root.getClass()
				.getSimpleName() + ": " + message;
		if (root instanceof OutOfMemoryError) {
			text += " (give Java more memory, e.g. NEURON_MODELS_JAVA_OPTS=-Xmx8g)";
		}
		return new LauncherException(LauncherException.FAILURE, oneLine(text), t);
	}

	/** Collapses line breaks so that a message fits on one line. */
	static String oneLine(final String message) {
		return message == null ? "" : message.trim().replaceAll("\\s*[\\r\\n]+\\s*",
			"; ");
	}
}

package org.neuronmodels.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.neuronmodels.io.RunFolder;

import sun.misc.Signal;

/**
 * The launcher's run in progress, for its signal handlers: Ctrl-C (SIGINT, to
 * the whole process group) or SIGTERM abandons the run's {@link RunFolder}
 * (nothing is left in or beside {@code --out}), prints one line saying what
 * happened and ends the process with status 130 or 143, without running
 * shutdown hooks (so no half-initialised thread races the exit).
 */
final class RunGuard {

	private static volatile RunFolder folder;
	private static volatile String phase = "starting";
	private static volatile PrintStream err = System.err;

	private RunGuard() {}

	/** Installs the SIGINT and SIGTERM handlers (the standalone launcher only). */
	static void installSignalHandlers(final PrintStream errors) {
		err = errors;
		handle("INT", 130);
		handle("TERM", 143);
	}

	private static void handle(final String name, final int status) {
		try {
			Signal.handle(new Signal(name), s -> interrupted("SIG" + name, status));
		}
		catch (final IllegalArgumentException | UnsupportedOperationException e) {
			// a platform without this signal: the JVM's default handling stays
		}
	}

	/** Opens the run folder for {@code out} and makes it the current run's; a refused folder is invalid input. */
	static synchronized RunFolder open(final Path out) throws LauncherException {
		// NB: synchronized with the signal handler, so a signal during open finds the folder and removes it
		try {
			final RunFolder f = RunFolder.open(out);
			folder = f;
			return f;
		}
		catch (final RunFolder.InUseException e) {
			throw new LauncherException(LauncherException.FAILURE, e.getMessage(), e);
		}
		catch (final IOException e) {
			throw new LauncherException(LauncherException.INVALID_INPUT, e.getMessage() == null ? e.toString() : e
				.getMessage(), e);
		}
	}

	/** The current run's folder, or null. */
	static RunFolder folder() {
		return folder;
	}

	/** Notes what the run is doing, for the interrupt message ("computing", "writing the outputs"). */
	static void phase(final String what) {
		phase = what;
	}

	/** Test hook: the launcher waits this long (ms) between writing the files and committing them. */
	static final String COMMIT_DELAY_PROPERTY = "neuronmodels.commit.delayMs";

	/** Waits {@value #COMMIT_DELAY_PROPERTY} ms if set (a test interrupts the run while it writes). */
	static void beforeCommit() {
		final long delay = Long.getLong(COMMIT_DELAY_PROPERTY, 0);
		if (delay <= 0) return;
		try {
			Thread.sleep(delay);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Ends the current run: abandons its folder unless committed. */
	static void end() {
		final RunFolder f = folder;
		folder = null;
		phase = "starting";
		if (f != null) f.abandon();
	}

	private static void interrupted(final String signal, final int status) {
		final RunFolder f;
		synchronized (RunGuard.class) {
			f = folder;
		}
		String what = "";
		if (f != null) {
			f.abandon();
			what = f.isCommitted() ? "; the outputs in " + f.out() + " were complete" : "; nothing was written to " + f
				.out();
		}
		err.println("neuron-models: interrupted (" + signal + ") while " + phase + what);
		err.flush();
		System.out.flush();
		Runtime.getRuntime().halt(status);
	}
}

package org.neuronmodels.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The result of one in-process launcher run: exit status and captured streams. */
final class Launch {

	final int status;
	final String out;
	final String err;

	private Launch(final int status, final String out, final String err) {
		this.status = status;
		this.out = out;
		this.err = err;
	}

	/**
	 * Runs the launcher with {@code args}; what it and the command write to stderr
	 * (commands' notes go to {@code System.err}) is captured in {@link #err}, as a
	 * process's stderr would be.
	 */
	static Launch run(final String... args) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final int status;
		final PrintStream stderr = System.err;
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
			PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8))
		{
			System.setErr(e);
			status = NeuronModelsLauncher.run(args, o, e);
		}
		finally {
			System.setErr(stderr);
		}
		return new Launch(status, out.toString(StandardCharsets.UTF_8), err
			.toString(StandardCharsets.UTF_8));
	}

	/** The stderr lines. */
	String[] errLines() {
		return err.isEmpty() ? new String[0] : err.split("\\R");
	}

	@Override
	public String toString() {
		return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
	}
}

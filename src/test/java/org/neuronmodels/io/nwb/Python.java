package org.neuronmodels.io.nwb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * {@code /usr/bin/python3} with h5py (Debian python3-h5py), for tests that
 * compare with h5py itself. Without it those tests are skipped, unless the
 * environment variable {@code NEURON_MODELS_REQUIRE_H5PY} is set (as
 * {@code .ci/run} does after installing python3-h5py): then they fail.
 */
public final class Python {

	private static final String PYTHON = "/usr/bin/python3";
	private static Boolean available;

	private Python() {}

	/** Skips the calling test (or fails it, in CI) when h5py is missing. */
	public static void requireH5py() {
		if (available == null) {
			try {
				run(60, "-c", "import h5py, numpy");
				available = true;
			}
			catch (final AssertionError | RuntimeException e) {
				available = false;
			}
		}
		if (!available && System.getenv("NEURON_MODELS_REQUIRE_H5PY") != null) {
			throw new AssertionError(PYTHON + " with h5py is required (NEURON_MODELS_REQUIRE_H5PY is set)");
		}
		Assumptions.assumeTrue(available, PYTHON + " with h5py is not available");
	}

	/** The test-data script. */
	public static String script() {
		return Paths.get("src/test/python/make_nwb_test_files.py").toAbsolutePath().toString();
	}

	/** Runs python3 with {@code args}; returns its standard output; fails on a non-zero exit. */
	public static String run(final int timeoutSeconds, final String... args) {
		final List<String> command = new ArrayList<>();
		command.add(PYTHON);
		command.addAll(Arrays.asList(args));
		try {
			final Path out = Files.createTempFile("python", ".out");
			final Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile())
				.start();
			if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new AssertionError("python timed out: " + command);
			}
			final String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
			Files.delete(out);
			assertEquals(0, p.exitValue(), () -> "python failed: " + command + "\n" + text);
			return text;
		}
		catch (final IOException e) {
			throw new AssertionError("cannot run " + PYTHON + ": " + e, e);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** A little-endian float64 file written by numpy. */
	public static double[] readDoubles(final File f) throws IOException {
		final java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Files.readAllBytes(f.toPath())).order(
			java.nio.ByteOrder.LITTLE_ENDIAN);
		final double[] d = new double[b.remaining() / 8];
		b.asDoubleBuffer().get(d);
		return d;
	}
}

package org.neuronmodels.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;

/**
 * Whether a SLURM cluster answers here ({@code sinfo -h} exits 0). The SLURM tests run against a real
 * cluster: {@code .ci/run} starts the single-node one and sets {@code NEURON_MODELS_REQUIRE_SLURM}, so in
 * CI a missing cluster fails them; a developer's {@code mvn -B verify} without SLURM skips them.
 */
public final class SlurmCluster {

	private SlurmCluster() {}

	/** Skips the calling test without a cluster, or fails it when {@code NEURON_MODELS_REQUIRE_SLURM} is set. */
	public static void assumeRunning() {
		final boolean up = answers();
		if (!up && System.getenv("NEURON_MODELS_REQUIRE_SLURM") != null) {
			throw new AssertionError("SLURM does not answer (sinfo -h) but NEURON_MODELS_REQUIRE_SLURM is set");
		}
		assumeTrue(up, "no SLURM cluster answers here (sinfo -h); .ci/run starts one");
	}

	private static boolean answers() {
		try {
			final Process p = new ProcessBuilder("sinfo", "-h").redirectErrorStream(true).start();
			p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
			if (!p.waitFor(30, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return false;
			}
			return p.exitValue() == 0;
		}
		catch (final java.io.IOException e) {
			return false;
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}

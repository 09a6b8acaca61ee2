package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * One array task: computes shard {@code i} of the sweep in a spec file and
 * writes its part atomically, then its exit marker (status 0, or the failure's
 * status and reason). It refuses to compute with jars other than the spec's.
 * <p>
 * Fault hooks for tests (environment variables that sbatch passes on):
 * {@code NEURON_MODELS_SHARD_FAIL_ONCE=<i>} makes shard {@code i} fail once
 * (exit status 3); {@code NEURON_MODELS_SHARD_DELAY=<i>:<seconds>} makes shard
 * {@code i} wait before computing (its first run only).
 * </p>
 */
public final class ShardTask {

	/** Exit status of a task refused by its checks (spec, jars, shard number, the sweep's inputs): not resubmitted. */
	public static final int REFUSED = 2;

	/** Exit status of a task failed on purpose by the fault hook. */
	public static final int INJECTED_FAULT = 3;

	private ShardTask() {}

	/**
	 * Runs shard {@code shard} ("i/N") of {@code specFile}, computing it with the computer of the
	 * spec's {@link ShardKind}; threads from {@code SLURM_CPUS_PER_TASK}. Returns the exit status;
	 * the marker holds it too.
	 */
	public static int run(final Path specFile, final String shard, final Map<String, String> env)
	{
		final WorkDirectory dir = new WorkDirectory(specFile.toAbsolutePath().getParent());
		int index = -1;
		try {
			final SweepSpec spec = SweepSpec.read(specFile);
			final String[] in = shard.split("/");
			if (in.length != 2 || !in[0].matches("\\d+") || !in[1].equals(String.valueOf(spec.shards()))) {
				throw new IllegalArgumentException("--shard " + shard + " is invalid: expected i/" + spec.shards());
			}
			index = Integer.parseInt(in[0]);
			if (index >= spec.shards()) throw new IllegalArgumentException("--shard " + shard + ": no such shard");
			final List<Path> jars = spec.classPath().stream().map(java.nio.file.Paths::get).collect(Collectors.toList());
			if (!ClassPath.sha256(jars).equals(spec.jarSha256())) {
				throw new IllegalStateException("refused: this task's jars differ from the spec's (SHA-256 " + spec
					.jarSha256() + "): the installation changed since the sweep was submitted");
			}
			faults(dir, index, env);
			final ShardPlan plan = spec.plan();
			final ShardPart part = new ShardPart(spec.sweepId(), index, plan.from(index), plan.to(index));
			try (PartComputer computer = ShardKind.named(spec.kind()).computer(spec.inputs())) {
				computer.compute(plan.from(index), plan.to(index), threads(env), part, ProgressMonitor.NONE);
			}
			part.write(dir.part(index));
			dir.writeMarker(index, 0, null);
			return 0;
		}
		catch (final InjectedFault exc) {
			return marker(dir, index, INJECTED_FAULT, exc.getMessage());
		}
		catch (final IOException | RuntimeException exc) {
			final String message = exc.getMessage() == null ? exc.toString() : exc.getMessage();
			return marker(dir, index, exc instanceof IllegalArgumentException || exc instanceof IllegalStateException
				? REFUSED : 1, message);
		}
	}

	/** The thread count of a task: {@code SLURM_CPUS_PER_TASK}, else 1 (SLURM's one CPU per task). */
	static int threads(final Map<String, String> env) {
		final String cpus = env.get("SLURM_CPUS_PER_TASK");
		return cpus != null && cpus.trim().matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(cpus.trim())) : 1;
	}

	private static int marker(final WorkDirectory dir, final int index, final int status, final String reason) {
		System.err.println("neuron-models: shard " + index + ": " + reason);
		if (index >= 0) {
			try {
				dir.writeMarker(index, status, reason);
			}
			catch (final IOException exc) {
				System.err.println("neuron-models: cannot write the exit marker: " + exc.getMessage());
			}
		}
		return status;
	}

	private static void faults(final WorkDirectory dir, final int index, final Map<String, String> env)
		throws IOException
	{
		final Path once = dir.faultDone(index);
		if (String.valueOf(index).equals(env.get("NEURON_MODELS_SHARD_FAIL_ONCE")) && !Files.exists(once)) {
			Files.createFile(once);
			throw new InjectedFault("failed on purpose (NEURON_MODELS_SHARD_FAIL_ONCE=" + index + ")");
		}
		final String delay = env.getOrDefault("NEURON_MODELS_SHARD_DELAY", "");
		if (delay.matches("\\d+:\\d+") && delay.startsWith(index + ":") && !Files.exists(once)) {
			Files.createFile(once);
			try {
				Thread.sleep(1000L * Integer.parseInt(delay.substring(delay.indexOf(':') + 1)));
			}
			catch (final InterruptedException exc) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static final class InjectedFault extends RuntimeException {

		private static final long serialVersionUID = 1L;

		InjectedFault(final String message) {
			super(message);
		}
	}
}

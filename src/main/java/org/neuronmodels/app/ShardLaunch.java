package org.neuronmodels.app;

import java.nio.file.Path;

import org.neuronmodels.cluster.ShardTask;
import org.scijava.module.Module;

/**
 * The launcher's shard mode ({@code --spec spec.json --shard i/N}), what each
 * SLURM array task runs ({@link ShardTask}: the spec's kind of sweep computes the
 * shard); also gives a SLURM sweep its default work directory beside {@code --out}.
 */
final class ShardLaunch {

	private ShardLaunch() {}

	/** Computes the shard; returns the task's exit status. */
	static int run(final LauncherOptions options) {
		return ShardTask.run(options.spec, options.shard, System.getenv());
	}

	/** With executor = SLURM and no workDirectory, a run with {@code --out DIR} works in {@code DIR-slurm} beside it. */
	static void defaultWorkDirectory(final Module module, final Path out) {
		if (out == null || module.getInfo().getInput("workDirectory") == null) return;
		final Object dir = module.getInput("workDirectory");
		if ("SLURM".equals(module.getInput("executor")) && (dir == null || dir.toString().trim().isEmpty())) {
			final Path abs = out.toAbsolutePath().normalize();
			module.setInput("workDirectory", abs.resolveSibling(abs.getFileName() + "-slurm").toString());
		}
	}
}

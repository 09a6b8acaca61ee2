package org.neuronmodels.commandsweep;

import org.neuronmodels.cluster.ClusterRun;
import org.neuronmodels.cluster.ShardPart;
import org.neuronmodels.cluster.SweepSpec;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.SweepGrid;
import org.scijava.Context;

/**
 * Runs a {@link SweepRequest} as a SLURM array job: checks the sweep as a local
 * run does, writes its spec, submits, waits and merges the parts (see
 * {@link ClusterRun}); the outcome is the one a local run gives.
 */
final class ClusterSweep {

	/** The launcher's main class, which each task runs with {@code --shard i/N}. */
	static final String LAUNCHER = "org.neuronmodels.app.NeuronModelsLauncher";

	private final Context context;
	private final SweepRequest request;

	ClusterSweep(final Context context, final SweepRequest request) {
		this.context = context;
		this.request = request;
	}

	SweepOutcome run(final ProgressMonitor monitor) {
		final CommandSweep sweep = new CommandSweep(context, request);
		final CommandSweep.Prepared p = sweep.prepare();
		sweep.compute(p, p.grid.part(0, 1), 1, monitor); // the first point here: its input errors before any submission
		final SweepGrid g = p.grid;
		final String grid = g.axis1().describe(p.items.get(0).unit()) + (g.axis2() == null ? "" : "; " + g
			.axis2().describe(p.items.get(1).unit()));
		final Object seed = p.info.getInput("seed") == null ? null : p.probe.getInput("seed");
		final SweepSpec spec = SweepSpec.of(SweepShards.KIND, "Parameter Sweep", request.specInputs(), grid, seed ==
			null ? null : String.valueOf(seed), g.size(), request.slurm().shardsFor(g.size()));
		final ClusterRun run = new ClusterRun(spec, request.slurm(), request::log);
		final ClusterRun.Outcome o = run.run(LAUNCHER, monitor);
		if (!o.complete()) return new SweepOutcome(o.message(), g.size());
		final SweepOutcome outcome;
		if (SweepStream.streams(g)) { // one part at a time, rows to the table file (or not kept)
			final SweepStream.Collector c = new SweepStream.Collector(p, request.measure(), p.items.get(0).unit(), p
				.items.get(1).unit(), request.streamSink(g.size()));
			for (final ShardPart part : o.parts())
				c.add(SweepShards.part(p, part));
			outcome = c.outcome(CommandLookup.label(p.info), ", merged from " + o.parts().size() + " SLURM shards " +
				"one at a time");
		}
		else outcome = sweep.outcome(p, SweepShards.merge(p, o.parts()));
		run.finish();
		return outcome;
	}
}

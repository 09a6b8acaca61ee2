package org.neuronmodels.commandsweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.cluster.PartComputer;
import org.neuronmodels.cluster.ShardPart;
import org.neuronmodels.cluster.ShardPlan;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.testutil.RecordingSweepTable;
import org.neuronmodels.testutil.ServiceContext;

/**
 * The merge of a big SLURM sweep without SLURM: the parts the shards would write (computed here by the
 * shard computer, written to and read back from part files) are merged one at a time
 * ({@code SweepStream.Collector}, as {@code ClusterSweep} does above 10⁶ points): every row reaches the
 * table file in point order, one part per call, bit for bit the sweep held in memory (the reference:
 * {@code SweepRequest.run()} on this machine, an independent code path), and the outcome keeps no rows.
 */
class StreamedMergeTest {

	@RegisterExtension
	static final ServiceContext CONTEXT = new ServiceContext();

	@TempDir
	Path tmp;

	private static SweepRequest request() {
		return CONTEXT.neuron().sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 50, 9, Log").vary("amplitude",
			"1, 4, 7").fixed("duration=100, stimStart=10, stimStop=90").measure("firingRate").threads(1);
	}

	@Test
	void partsAreMergedOneAtATimeBitForBit() throws IOException {
		final SweepOutcome reference = request().run();
		final SweepRequest request = request();
		final CommandSweep.Prepared p = new CommandSweep(CONTEXT.context(), request).prepare();
		final ShardPlan plan = ShardPlan.of(p.grid.size(), 4);
		final List<ShardPart> parts = new ArrayList<>();
		try (PartComputer computer = SweepShards.computer(CONTEXT.context(), request.specInputs())) {
			for (int i = 0; i < plan.shards(); i++) {
				final ShardPart part = new ShardPart("test", i, plan.from(i), plan.to(i));
				computer.compute(plan.from(i), plan.to(i), 1, part, ProgressMonitor.NONE);
				final Path file = tmp.resolve("part-" + i);
				part.write(file);
				parts.add(ShardPart.read(file));
			}
		}
		final RecordingSweepTable sink = new RecordingSweepTable("firingRate");
		final SweepStream.Collector c = new SweepStream.Collector(p, "firingRate", "ms", "nA", sink);
		for (final ShardPart part : parts)
			c.add(SweepShards.part(p, part));
		final SweepOutcome merged = c.outcome("Leaky Integrate-and-Fire", "");
		assertEquals(plan.shards(), sink.calls.size(), "one call per part");
		for (int i = 0; i < plan.shards(); i++)
			assertArrayEquals(new int[] { plan.from(i), plan.to(i) - plan.from(i) }, sink.calls.get(i), "part " + i);
		final double[] rate = reference.values("firingRate");
		assertEquals(rate.length, sink.values.size());
		for (int q = 0; q < rate.length; q++)
			assertEquals(rate[q], sink.values.get(q), 0, "point " + q);
		assertTrue(merged.isStreamed());
		assertNull(merged.table());
		assertEquals(0, merged.values().length);
		assertArrayEquals(reference.heatmap().pixels(), merged.heatmap().pixels(), 0f);
		for (int k = 0; k < p.picks.length; k++)
			assertArrayEquals(reference.result().traceVoltage(k), merged.result().traceVoltage(k), 0, "trace " + k);
		// the in-memory merge (at most 10⁶ points) of the same parts is the reference too
		assertArrayEquals(rate, SweepShards.merge(p, parts).values("firingRate"), 0);
	}
}

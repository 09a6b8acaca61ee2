package org.neuronmodels.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.sweep.SweepOutcome;
import org.neuronmodels.sweep.SweepRequest;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;

/**
 * Sweeps on the real single-node SLURM cluster ({@code ../shared/slurm/start-single-node.sh}, which
 * {@code .ci/run} starts): real sbatch, squeue, scontrol and scancel, no mocks. Each sweep is compared
 * with the same sweep run on this machine — an independent computation of the same numbers through
 * the local code path — bit for bit. Run alone: {@code mvn -o test -Dgroups=slurm}.
 */
@Tag("slurm")
class SlurmSweepTest {

	private static Context context;
	private static NeuronModelsService neuron;
	private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

	@TempDir
	Path temp;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class, LogService.class);
		neuron = context.service(NeuronModelsService.class);
		context.service(LogService.class).addLogListener(m -> LOG.add(m.text()));
		Slurm slurm = new Slurm(null, Collections.emptyMap());
		slurm.requireClients(); // fails (not skips) the tests without SLURM
		assertEquals(0, slurm.run("sinfo", Arrays.asList("-h")).status, "SLURM does not answer (sinfo)");
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** A small 2-D LIF sweep: 6 × 5 = 30 points, each 150 ms. */
	private static SweepRequest lifSweep() {
		return neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", 5, 40, 6, "Log").vary("amplitude", 1.2, 3, 5)
			.measure("firingRate").fixed("duration=150, stimStart=20, stimStop=140").threads(1);
	}

	private SlurmSettings slurm(final int shards, final String dir) {
		return SlurmSettings.of(shards, "--partition=debug").workDirectory(temp.resolve(dir)).pollMillis(300);
	}

	private static void assertSameResult(final SweepOutcome local, final SweepOutcome cluster) {
		assertTrue(cluster.isComplete());
		assertEquals(local.method(), cluster.method());
		for (final String name : local.result().names())
			assertArrayEquals(bits(local.values(name)), bits(cluster.values(name)), name);
		assertEquals(tableText(local), tableText(cluster));
		final int[] picks = local.result().tracePoints();
		assertArrayEquals(picks, cluster.result().tracePoints());
		for (int k = 0; k < picks.length; k++) {
			assertArrayEquals(bits(local.result().traceVoltage(k)), bits(cluster.result().traceVoltage(k)));
			assertArrayEquals(bits(local.result().traceTime(k)), bits(cluster.result().traceTime(k)));
		}
		if (local.heatmap() != null) assertEquals(local.heatmap().toString(), cluster.heatmap().toString());
	}

	private static long[] bits(final double[] v) {
		return v == null ? null : Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
	}

	private static String tableText(final SweepOutcome o) {
		final ij.measure.ResultsTable t = o.table();
		final StringBuilder s = new StringBuilder(String.join("|", t.getHeadings()));
		for (int r = 0; r < t.size(); r++)
			s.append('\n').append(t.getRowAsString(r));
		return s.toString();
	}

	private static List<String> logSince(final int from) {
		synchronized (LOG) {
			return new ArrayList<>(LOG.subList(from, LOG.size()));
		}
	}

	@Test
	void fourShardsGiveTheLocalRunBitForBitFromDisjointPartsThatCoverTheGrid() throws IOException {
		final SweepOutcome local = lifSweep().run();
		final SweepOutcome cluster = lifSweep().onSlurm(slurm(4, "work").keepWorkDirectory(true)).run();
		assertSameResult(local, cluster);
		final WorkDirectory dir = new WorkDirectory(temp.resolve("work"));
		int next = 0;
		for (int i = 0; i < 4; i++) {
			final ShardPart part = ShardPart.read(dir.part(i));
			assertEquals(next, part.from(), "shard " + i + " starts where shard " + (i - 1) + " ends");
			assertTrue(part.to() > part.from());
			next = part.to();
		}
		assertEquals(30, next, "the parts cover the 30 points");
		assertTrue(Files.exists(dir.spec()), "keepWorkDirectory keeps the spec");
	}
}

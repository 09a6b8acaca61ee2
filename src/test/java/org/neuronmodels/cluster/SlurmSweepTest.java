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
import org.neuronmodels.commandsweep.SweepOutcome;
import org.neuronmodels.commandsweep.SweepRequest;
import org.neuronmodels.testutil.SlurmCluster;
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
	/** The lines written to stderr since the tests started (the cluster run's log, headless). */
	private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());
	private static java.io.PrintStream originalErr;

	@TempDir
	Path temp;

	@BeforeAll
	static void start() {
		SlurmCluster.assumeRunning();
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class, LogService.class);
		neuron = context.service(NeuronModelsService.class);
		// headless, the cluster run's lines go to stderr: keep them (and still show them)
		final java.io.PrintStream stderr = System.err;
		originalErr = stderr;
		System.setErr(new java.io.PrintStream(new java.io.OutputStream() {

			private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

			@Override
			public synchronized void write(final int b) {
				stderr.write(b);
				if (b != '\n') line.write(b);
				else {
					LOG.add(line.toString(java.nio.charset.StandardCharsets.UTF_8));
					line.reset();
				}
			}
		}, true, java.nio.charset.StandardCharsets.UTF_8));
		Slurm slurm = new Slurm(null, Collections.emptyMap());
		slurm.requireClients(); // fails (not skips) the tests without SLURM
		assertEquals(0, slurm.run("sinfo", Arrays.asList("-h")).status, "SLURM does not answer (sinfo)");
	}

	@AfterAll
	static void stop() {
		if (originalErr != null) System.setErr(originalErr);
		if (context != null) context.dispose();
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

	@Test
	void aBigSweepIsMergedOneShardAtATimeIntoTheTableFile() {
		final SweepOutcome local = lifSweep().run();
		final org.neuronmodels.testutil.RecordingSweepTable table = new org.neuronmodels.testutil.RecordingSweepTable(
			"firingRate");
		System.setProperty("neuronmodels.sweep.inMemoryMax", "10"); // 30 points merge as more than 10⁶ do
		final SweepOutcome cluster;
		try {
			cluster = lifSweep().streamTo(() -> table).onSlurm(slurm(4, "big")).run();
		}
		finally {
			System.clearProperty("neuronmodels.sweep.inMemoryMax");
		}
		assertTrue(cluster.isStreamed() && cluster.table() == null && cluster.values().length == 0);
		assertTrue(cluster.method().endsWith("merged from 4 SLURM shards one at a time"), cluster.method());
		assertEquals(4, table.calls.size(), "one call per part, in point order");
		for (int i = 0, next = 0; i < 4; next += table.calls.get(i)[1], i++)
			assertEquals(next, table.calls.get(i)[0]);
		final double[] rate = local.values("firingRate");
		assertEquals(rate.length, table.values.size());
		for (int q = 0; q < rate.length; q++)
			assertEquals(Double.doubleToRawLongBits(rate[q]), Double.doubleToRawLongBits(table.values.get(q)));
		assertArrayEquals(local.heatmap().pixels(), cluster.heatmap().pixels());
	}

	@Test
	void aShardFailingOnceIsReportedAndOnlyItIsResubmitted() throws IOException {
		final int mark = LOG.size();
		final SweepOutcome cluster = lifSweep().onSlurm(slurm(4, "fault").keepWorkDirectory(true).taskEnvironment(
			"NEURON_MODELS_SHARD_FAIL_ONCE", "2")).run();
		assertSameResult(lifSweep().run(), cluster);
		final List<String> log = logSince(mark);
		assertTrue(log.stream().anyMatch(l -> l.contains("shard 2 of 4") && l.contains("exit status 3") && l.contains(
			"log: ") && l.contains("shard-2.job")), () -> String.join("\n", log));
		final JobLedger ledger = JobLedger.read(new WorkDirectory(temp.resolve("fault")).jobs());
		assertEquals(2, ledger.jobs().size(), "the first job and one resubmission");
		for (int i = 0; i < 4; i++)
			assertEquals(i == 2 ? 2 : 1, ledger.submissions(i), "submissions of shard " + i);
	}

	@Test
	void aTaskCancelledFromOutsideWhileRunningIsResubmitted() throws Exception {
		final ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			final Future<SweepOutcome> run = pool.submit(() -> lifSweep().onSlurm(slurm(4, "scancel").keepWorkDirectory(
				true).taskEnvironment("NEURON_MODELS_SHARD_DELAY", "2:60")).run());
			final WorkDirectory dir = new WorkDirectory(temp.resolve("scancel"));
			final Slurm slurm = new Slurm(null, Collections.emptyMap());
			String job = null;
			for (int t = 0; t < 600 && job == null; t++) { // shard 2 running, sleeping in its delay hook
				Thread.sleep(200);
				if (!Files.exists(dir.faultDone(2))) continue;
				final String j = JobLedger.read(dir.jobs()).lastJob(2);
				if ("RUNNING".equals(slurm.queued(Arrays.asList(j)).get(j + "_2"))) job = j;
			}
			assertNotNull(job, "shard 2 never ran");
			assertEquals(0, slurm.run("scancel", Arrays.asList(job + "_2")).status);
			final SweepOutcome cluster = run.get(5, TimeUnit.MINUTES);
			assertSameResult(lifSweep().run(), cluster);
			final JobLedger ledger = JobLedger.read(dir.jobs());
			for (int i = 0; i < 4; i++)
				assertEquals(i == 2 ? 2 : 1, ledger.submissions(i), "submissions of shard " + i);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aResumedRunSubmitsOnlyTheMissingShards() throws IOException {
		final SweepOutcome first = lifSweep().onSlurm(slurm(4, "resume").keepWorkDirectory(true)).run();
		final WorkDirectory dir = new WorkDirectory(temp.resolve("resume"));
		dir.clear(1);
		dir.clear(3);
		final int mark = LOG.size();
		final SweepOutcome resumed = lifSweep().onSlurm(slurm(4, "resume")).run();
		assertSameResult(first, resumed);
		assertTrue(logSince(mark).stream().anyMatch(l -> l.contains("submitting shards 1,3")), () -> String.join("\n",
			logSince(mark)));
		assertFalse(Files.exists(dir.root()), "removed after the merge (keepWorkDirectory = false)");
	}

	@Test
	void submittingWithoutWaitingThenRunningAgainCollects() {
		final SweepOutcome submitted = lifSweep().onSlurm(slurm(3, "nowait").waitForResult(false)).run();
		assertFalse(submitted.isComplete());
		assertTrue(submitted.method().matches("submitted SLURM job \\d+ .*"), submitted.method());
		assertEquals(30, submitted.size());
		final int mark = LOG.size();
		final SweepOutcome collected = lifSweep().onSlurm(slurm(3, "nowait")).run();
		assertSameResult(lifSweep().run(), collected);
		assertTrue(logSince(mark).stream().noneMatch(l -> l.startsWith("neuron-models: submitted")), "nothing " +
			"resubmitted: " + logSince(mark));
	}

	@Test
	void moreShardsThanPointsAreCappedAndSaid() {
		final int mark = LOG.size();
		final SweepRequest three = neuron.sweep("Leaky Integrate-and-Fire").vary("amplitude", 1.5, 3, 3).fixed(
			"duration=100, stimStart=10, stimStop=90").threads(1);
		final SweepOutcome cluster = three.onSlurm(slurm(8, "capped")).run();
		assertSameResult(neuron.sweep("Leaky Integrate-and-Fire").vary("amplitude", 1.5, 3, 3).fixed(
			"duration=100, stimStart=10, stimStop=90").threads(1).run(), cluster);
		assertTrue(logSince(mark).stream().anyMatch(l -> l.contains("shards = 8 is more than the 3 points: using 3")),
			() -> String.join("\n", logSince(mark)));
	}

	@Test
	void badSettingsAreRefusedBeforeAnythingIsWrittenOrSubmitted() throws IOException {
		final Path empty = Files.createDirectory(temp.resolve("no-slurm-here"));
		assertRefused("executor", "sbatch is not on the PATH", slurm(2, "w1").searchPath(empty.toString()));
		assertRefused("slurmOptions", "partition", SlurmSettings.of(2, "--partition=no-such-partition")
			.workDirectory(temp.resolve("w2")));
		assertRefused("slurmOptions", "sbatch --test-only refused", SlurmSettings.of(2, "--no-such-option")
			.workDirectory(temp.resolve("w3")));
		final Path file = Files.createFile(temp.resolve("a-file"));
		assertRefused("workDirectory", "is not a folder", SlurmSettings.of(2, "").workDirectory(file.resolve("w4")));
		assertRefused("workDirectory", "needs a folder", SlurmSettings.of(2, ""));
		assertRefused("slurmOptions", "the sweep sets the array", null, "--array=0-3");
		// inputs the swept command refuses (stimStop beyond the duration) fail as on this computer
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> neuron.sweep(
			"Leaky Integrate-and-Fire").vary("amplitude", 1, 2, 4).fixed("duration=100, stimStop=180").onSlurm(slurm(2,
				"w5")).run());
		assertEquals("stimStop", e.parameter(), e.getMessage());
		for (final String w : Arrays.asList("w1", "w2", "w3", "w5"))
			assertFalse(Files.exists(temp.resolve(w)), w + " was written");
	}

	private void assertRefused(final String field, final String words, final SlurmSettings settings) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> lifSweep().onSlurm(
			settings).run());
		assertEquals(field, e.parameter(), e.getMessage());
		assertTrue(e.getMessage().contains(words), e.getMessage());
	}

	private void assertRefused(final String field, final String words, final SlurmSettings none, final String options) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SlurmSettings.of(2,
			options));
		assertEquals(field, e.parameter(), e.getMessage());
		assertTrue(e.getMessage().contains(words), e.getMessage());
	}

	@Test
	void aWorkDirectoryOfOtherJarsOrAnotherSweepIsRefused() throws IOException {
		// the tasks start 20 s late (--begin), after the spec is changed below
		final SweepOutcome first = lifSweep().onSlurm(SlurmSettings.of(2, "--partition=debug --begin=now+20")
			.workDirectory(temp.resolve("reuse")).waitForResult(false)).run();
		assertFalse(first.isComplete());
		final WorkDirectory dir = new WorkDirectory(temp.resolve("reuse"));
		final InvalidParameterException other = assertThrows(InvalidParameterException.class, () -> lifSweep().measure(
			"spikeCount").onSlurm(slurm(2, "reuse")).run());
		assertTrue(other.getMessage().contains("holds another sweep"), other.getMessage());
		final String json = new String(Files.readAllBytes(dir.spec()), "UTF-8").replaceAll(
			"\"jarSha256\": \"[0-9a-f]+\"", "\"jarSha256\": \"" + String.join("", Collections.nCopies(64, "0")) + "\"");
		Files.write(dir.spec(), json.getBytes("UTF-8"));
		final InvalidParameterException jars = assertThrows(InvalidParameterException.class, () -> lifSweep().onSlurm(
			slurm(2, "reuse")).run());
		assertEquals("workDirectory", jars.parameter());
		assertTrue(jars.getMessage().contains("computed by other jars"), jars.getMessage());
		// the tasks already submitted check the jars too: they refuse to compute, exit 2 with a marker
		final Slurm slurm = new Slurm(null, Collections.emptyMap());
		final String job = JobLedger.read(dir.jobs()).lastJob(0);
		for (int t = 0; t < 600 && !slurm.queued(Arrays.asList(job)).isEmpty(); t++)
			sleep(200);
		final String[] reason = new String[1];
		assertEquals(Integer.valueOf(ShardTask.REFUSED), dir.readMarker(0, reason));
		assertTrue(reason[0].contains("jars differ"), reason[0]);
		assertFalse(Files.exists(dir.part(0)));
	}

	private static void sleep(final long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

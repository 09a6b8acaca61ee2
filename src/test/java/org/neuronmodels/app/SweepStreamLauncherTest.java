package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.commandsweep.SweepOutcome;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * A big 2-D Parameter Sweep through the launcher with {@code --out} streams its
 * rows to table.csv in blocks: every row equal bit for bit to the sweep held in
 * memory (the reference: {@code SweepRequest.run()} without a data file) at 1
 * and 2 threads, for the vectorised LIF path and one command run per point
 * (small grids forced to stream by lowering the threshold, a test-only system
 * property); above the real threshold every row is written and the other
 * outputs stay bounded; a run failing midway leaves nothing.
 */
class SweepStreamLauncherTest {

	private static final String MAX = "neuronmodels.sweep.inMemoryMax";
	private static final String BLOCK = "neuronmodels.sweep.blockPoints";

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@AfterEach
	void restore() {
		System.clearProperty(MAX);
		System.clearProperty(BLOCK);
	}

	private static Launch sweep(final Path out, final String args) {
		return Launch.run("--headless", "--run", "Parameter Sweep", args, "--out", out.toString());
	}

	/** The reference: the same sweep held in memory (no data file). */
	private static SweepOutcome inMemory(final String p1, final String v1, final String p2, final String v2,
		final String fixed, final boolean vectorize)
	{
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			return context.service(NeuronModelsService.class).sweep("Leaky Integrate-and-Fire").vary(p1, v1).vary(p2, v2)
				.fixed(fixed).measure("firingRate").threads(2).vectorize(vectorize).run();
		}
		finally {
			context.dispose();
		}
	}

	private void assertStreamedEqualsInMemory(final String p1, final String v1, final String p2, final String v2,
		final String fixed, final boolean vectorize) throws IOException
	{
		final SweepOutcome reference = inMemory(p1, v1, p2, v2, fixed, vectorize);
		final SweepGrid grid = reference.grid();
		final double[] count = reference.values("spikeCount"), rate = reference.values("firingRate");
		System.setProperty(MAX, "10");
		System.setProperty(BLOCK, "7"); // not a divisor of the grid: a short last block
		for (final int threads : new int[] { 1, 2 }) {
			final Path out = tmp.resolve(p2 + vectorize + threads);
			final Launch r = sweep(out, "parameter1=" + p1 + ",values1=\"" + v1 + "\",parameter2=" + p2 + ",values2=\"" +
				v2 + "\",fixedInputs=\"" + fixed + "\",vectorize=" + vectorize + ",threads=" + threads);
			assertEquals(0, r.status, r::toString);
			assertTrue(r.out.contains("streamed in blocks of 7 points"), r.out);
			try (BufferedReader in = Files.newBufferedReader(out.resolve("table.csv"), StandardCharsets.UTF_8)) {
				final String header = in.readLine();
				assertTrue(header.startsWith(p1 + " (") && header.contains("spikeCount") && header.contains(
					"firingRate (Hz)"), header);
				final String[] names = header.split(",");
				final int c = java.util.Arrays.asList(names).indexOf("spikeCount");
				final int f = java.util.Arrays.asList(names).indexOf("firingRate (Hz)");
				for (int p = 0; p < grid.size(); p++) {
					final String[] row = in.readLine().split(",");
					assertEquals(grid.value1(p), Double.parseDouble(row[0]), 0, "row " + p);
					assertEquals(grid.value2(p), Double.parseDouble(row[1]), 0, "row " + p);
					assertEquals(count[p], Double.parseDouble(row[c]), 0, "row " + p);
					assertEquals(rate[p], Double.parseDouble(row[f]), 0, "row " + p);
				}
				assertEquals(null, in.readLine());
			}
			final String json = Files.readString(out.resolve("outputs.json"));
			assertTrue(json.contains("\"measureValues\": null"), json); // the values are rows of table.csv
		}
	}

	@Test
	void streamedRowsEqualTheInMemorySweepVectorised() throws IOException {
		assertStreamedEqualsInMemory("tauM", "5, 50, 9, Log", "amplitude", "1, 4, 7", "duration=100, stimStart=10, " +
			"stimStop=90", true);
	}

	@Test
	void streamedRowsEqualTheInMemorySweepOneRunPerPoint() throws IOException {
		assertStreamedEqualsInMemory("tauM", "5, 50, 5", "amplitude", "1, 4, 4", "duration=50, stimStart=10, stimStop=40", false);
	}

	@Test
	void aGridAboveTheThresholdWritesEveryRowAndBoundedOutputs() throws IOException {
		final Path out = tmp.resolve("big");
		final int w = 1100, h = 1000; // 1.1 × 10⁶ points: above the 10⁶ kept in memory
		final Launch r = sweep(out, "parameter1=tauM,values1=\"5, 50, " + w + "\",parameter2=amplitude," +
			"values2=\"1, 4, " + h + "\",fixedInputs=\"duration=2, dt=0.1, stimStart=0, stimStop=2\"");
		assertEquals(0, r.status, r::toString);
		assertTrue(r.out.length() <= 20_000, "stdout " + r.out.length() + " bytes");
		try (Stream<Path> files = Files.list(out)) {
			files.filter(f -> f.toString().endsWith(".png") || f.toString().endsWith(".svg")).forEach(f -> {
				try {
					assertTrue(Files.size(f) <= 2_000_000, f + " " + Files.size(f));
				}
				catch (final IOException e) {
					throw new AssertionError(e);
				}
			});
		}
		final String json = Files.readString(out.resolve("outputs.json"));
		assertTrue(json.length() < 10_000, "outputs.json " + json.length() + " bytes");
		assertTrue(json.contains("\"table.csv\"") && json.contains("streamed in blocks of"), json);
		try (Stream<String> lines = Files.lines(out.resolve("table.csv"))) {
			assertEquals((long) w * h, lines.count() - 1);
		}
	}

	@Test
	void withoutAFolderOnlyBoundedOutputsAreKeptAndTheLogSaysWhere() {
		final String fixed = "duration=100, stimStart=10, stimStop=90";
		final SweepOutcome reference = inMemory("tauM", "5, 50, 9, Log", "amplitude", "1, 4, 7", fixed, true);
		System.setProperty(MAX, "10");
		System.setProperty(BLOCK, "7");
		final Launch r = Launch.run("--headless", "--run", "Parameter Sweep", "values1=\"5, 50, 9, Log\"," +
			"values2=\"1, 4, 7\",fixedInputs=\"" + fixed + "\"");
		assertEquals(0, r.status, r::toString);
		assertTrue(r.out.contains("streamed in blocks of 7 points"), r.out);
		assertFalse(r.out.contains("measureValues = ["), r.out);
		// a script: the same, bounded outcome; the heatmap is still every point's measure; the log says where
		final Context context = new Context(CommandService.class, NeuronModelsService.class,
			org.scijava.log.LogService.class);
		final java.io.PrintStream stderr = System.err;
		final java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			final SweepOutcome o = context.service(NeuronModelsService.class).sweep("Leaky Integrate-and-Fire").vary(
				"tauM", "5, 50, 9, Log").vary("amplitude", "1, 4, 7").fixed(fixed).threads(2).run();
			assertTrue(o.isStreamed());
			assertEquals(null, o.table());
			assertEquals(null, o.tableFile());
			assertEquals(0, o.values().length);
			org.junit.jupiter.api.Assertions.assertArrayEquals(reference.heatmap().pixels(), o.heatmap().pixels(), 0f);
			final String log = err.toString(java.nio.charset.StandardCharsets.UTF_8); // headless: on stderr
			assertTrue(log.contains("rows were not kept") && log.contains("--out DIR") && log.contains("outputFolder"),
				log);
		}
		finally {
			System.setErr(stderr);
			context.dispose();
		}
	}

	@Test
	void aRunFailingMidwayLeavesNothing() throws IOException {
		// one command run per point; dt > tauM = 1 ms is refused by the LIF command: rows 6 … 9 of dt fail
		System.setProperty(MAX, "10");
		System.setProperty(BLOCK, "7");
		final Path out = tmp.resolve("failed");
		final Launch r = sweep(out, "parameter1=amplitude,values1=\"1, 4, 10\",parameter2=dt,values2=\"0.01, 2, 10\"," +
			"fixedInputs=\"tauM=1, duration=20\",vectorize=false,threads=2");
		assertEquals(2, r.status, r::toString);
		assertTrue(r.err.contains("dt"), r.err);
		try (Stream<Path> left = Files.list(tmp)) {
			assertEquals(0, left.count(), "nothing written, no staging folder left");
		}
	}
}

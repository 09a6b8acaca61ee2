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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.FiProtocol;
import org.neuronmodels.core.sweep.FiRates;
import org.neuronmodels.core.sweep.FiStream;
import org.neuronmodels.core.sweep.FiSweep;

/**
 * A big f–I run through the launcher with {@code --out} streams its rows to
 * table.csv and keeps every other output bounded: every row is there, equal bit
 * for bit to the one-population run of the same currents at 1 and 2 threads;
 * charts ≤ 2 MB, stdout ≤ 20 KB, outputs.json small (scalars and file names).
 * A run that fails midway leaves nothing behind.
 */
class FiStreamLauncherTest {

	private static final String LIF = "model=LIF,modelParameters=\"vRest=-70, vReset=-65, vThreshold=-50, " +
		"resistance=10, tauM=8, tRef=0.2\",dt=0.1,integrator=Exact,stimulus=Constant";

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private Launch run(final Path out, final String args) {
		final Launch r = Launch.run("--headless", "--run", "f-I Curve", args, "--out", out.toString());
		assertEquals(0, r.status, r::toString);
		return r;
	}

	private static void assertBounded(final Path out, final Launch r) throws IOException {
		assertTrue(r.out.length() <= 20_000, "stdout " + r.out.length() + " bytes");
		for (final String chart : new String[] { "chart.png", "chart.svg" })
			assertTrue(Files.size(out.resolve(chart)) <= 2_000_000, chart + " " + Files.size(out.resolve(chart)));
		final String json = Files.readString(out.resolve("outputs.json"));
		assertTrue(json.length() < 10_000, "outputs.json " + json.length() + " bytes");
		assertTrue(json.contains("\"table.csv\""), json);
		assertFalse(json.contains("\"file\""), "no array outputs (they are rows of table.csv): " + json);
	}

	@Test
	void streamedRowsEqualTheOnePopulationRunAtOneAndTwoThreads() throws IOException {
		final int n = FiStream.IN_MEMORY_MAX + 1001; // just above what is kept in memory: streamed
		final ModelSetup setup = ModelSetup.of("LIF", "", "vRest=-70, vReset=-65, vThreshold=-50, resistance=10, " +
			"tauM=8, tRef=0.2", 0.1, "Exact");
		final double[] currents = FiSweep.currents(0, 10, n, "nA");
		final FiRates reference = FiSweep.simulate(setup, currents, FiProtocol.constant(20), true,
			ProgressMonitor.NONE);
		for (final int threads : new int[] { 1, 2 }) {
			final Path out = tmp.resolve("t" + threads);
			final Launch r = run(out, LIF + ",duration=20,currentMin=0,currentMax=10,interpolateSpikes=true," +
				"currentSteps=" + n + ",threads=" + threads);
			assertBounded(out, r);
			try (BufferedReader in = Files.newBufferedReader(out.resolve("table.csv"), StandardCharsets.UTF_8)) {
				assertEquals("Current (nA),Spikes,Rate (Hz),Interpolated rate (Hz),Theory (Hz)", in.readLine());
				for (int i = 0; i < n; i++) {
					final String[] row = in.readLine().split(",");
					assertEquals(currents[i], Double.parseDouble(row[0]), 0, "row " + i);
					assertEquals(reference.spikeCounts()[i], Integer.parseInt(row[1]), "row " + i);
					assertEquals(reference.rates()[i], Double.parseDouble(row[2]), 0, "row " + i);
					assertEquals(reference.interpolatedRates()[i], Double.parseDouble(row[3]), 0, "row " + i);
				}
				assertEquals(null, in.readLine());
			}
		}
	}

	@Test
	void twoMillionCurrentsKeepEveryRowAndBoundedOutputs() throws IOException {
		final Path out = tmp.resolve("big");
		final int n = 2_000_000;
		final Launch r = run(out, LIF + ",duration=1,currentMin=0,currentMax=100,currentSteps=" + n);
		assertBounded(out, r);
		long rows = 0;
		try (Stream<String> lines = Files.lines(out.resolve("table.csv"))) {
			rows = lines.count() - 1;
		}
		assertEquals(n, rows);
		assertEquals(-1, r.out.indexOf("currents ="), r.out); // no arrays printed
		try (Stream<Path> left = Files.list(tmp)) {
			assertEquals(1, left.count(), "only --out remains (no staging folder)");
		}
	}

	@Test
	void withoutAnOutputFolderTheLogSaysTheRowsWereNotKept() {
		// more currents than a results table holds, no --out: the rows cannot be kept; stderr says how to get them
		final Launch r = Launch.run("--headless", "--run", "f-I Curve", LIF + ",duration=1,currentMin=0," +
			"currentMax=100,currentSteps=1000001");
		assertEquals(0, r.status, r::toString);
		assertTrue(r.err.contains("the rows were not kept") && r.err.contains("--out DIR"), r.err);
		assertTrue(r.err.contains("1000001 currents simulated on"), r.err);
		assertFalse(r.out.contains("rows were not kept"), "stdout holds only the outputs: " + r.out);
	}

	@Test
	void aRunFailingMidwayLeavesNothing() throws IOException {
		// Hodgkin-Huxley with forward Euler at dt = 0.1 ms blows up within 5 ms for currents of a few µA/cm²
		final Path out = tmp.resolve("failed");
		final Launch r = Launch.run("--headless", "--run", "f-I Curve", "model=Hodgkin-Huxley,integrator=Euler," +
			"dt=0.1,duration=5,currentMin=0,currentMax=200,threads=2,currentSteps=" + (FiStream.IN_MEMORY_MAX + 1),
			"--out", out.toString());
		assertEquals(2, r.status, r::toString);
		assertTrue(r.err.contains("Numerical blow-up") && r.err.contains("for current "), r.err);
		try (Stream<Path> left = Files.list(tmp)) {
			assertEquals(0, left.count(), "nothing written, no staging folder left");
		}
	}
}

package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.io.Json;
import org.neuronmodels.io.OutputFolder;

/**
 * {@code --replay outputs.json} repeats a run bit for bit: a LIF neuron driven
 * by seeded Ornstein-Uhlenbeck noise, integrated with Euler, gives the same
 * printed numbers and byte-identical files (chart PNG and SVG, raster TIFF,
 * tables) when replayed from its record.
 */
class ReplayTest {

	private static final String NOISY = "stimulus=\"OU noise\",amplitude=1.5,offset=2.2,noiseTau=3," +
		"seed=987654321,duration=300,integrator=\"Euler\",dt=0.05";

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void aReplayedRunIsBitIdentical() throws IOException {
		final Path first = tmp.resolve("first"), again = tmp.resolve("again");
		final Launch r1 = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", NOISY, "--out", first
			.toString());
		assertEquals(0, r1.status, r1::toString);
		final Launch r2 = Launch.run("--headless", "--replay", first.resolve("outputs.json").toString(), "--out",
			again.toString());
		assertEquals(0, r2.status, r2::toString);
		assertEquals(r1.out, r2.out, "printed outputs");
		assertTrue(r1.out.contains("spikeCount = "), r1.out);
		final List<String> files = LauncherRunTest.list(first);
		assertEquals(files, LauncherRunTest.list(again));
		assertTrue(files.containsAll(java.util.Arrays.asList("chart.png", "chart.svg", "raster.tif",
			"spikeTable.csv", "traceTable.csv")), files::toString);
		for (final String f : files) {
			if (f.equals(OutputFolder.RECORD)) continue;
			assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
		}
		final Map<String, Object> j1 = json(first), j2 = json(again);
		assertEquals(j1.keySet(), j2.keySet());
		// issue 12: outputs.json is identical except its documented "run" block (time, host, duration)
		j1.remove(RunRecord.RUN);
		j2.remove(RunRecord.RUN);
		assertEquals(j1, j2);
		assertEquals(987654321.0, j1.get("seed"));
		assertEquals("Euler", j1.get("integrator"));
	}

	@Test
	void replayArgumentsKeepEveryValueExactly() {
		// JSON has no NaN or Infinity (the inputs list writes null): the replay arguments quote them, and
		// doubles keep Java's shortest round-trip form
		final Map<String, Object> in = new java.util.LinkedHashMap<>();
		in.put("a", Double.NaN);
		in.put("b", Double.NEGATIVE_INFINITY);
		in.put("c", 0.1 + 0.2);
		in.put("d", 7L);
		in.put("e", "say \"hi\"");
		assertEquals("a=\"NaN\",b=\"-Infinity\",c=0.30000000000000004,d=7,e=\"say \\\"hi\\\"\"", org.neuronmodels.module.RunProvenance
			.arguments(in));
	}

	@Test
	void aDifferentSeedGivesADifferentRun() throws IOException {
		// the check above is not vacuous: the noise does depend on the seed
		final Launch a = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", NOISY);
		final Launch b = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", NOISY.replace("987654321",
			"987654322"));
		assertEquals(0, a.status, a::toString);
		assertNotEquals(a.out, b.out);
	}

	@Test
	void aRecordFromAnotherVersionIsReplayedWithANote() throws IOException {
		final Path first = tmp.resolve("first");
		assertEquals(0, Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", "duration=50,stimStop=40",
			"--out", first.toString()).status);
		final Path record = first.resolve("outputs.json");
		final String text = new String(Files.readAllBytes(record), StandardCharsets.UTF_8);
		Files.write(record, text.replace("\"version\": \"" + RunRecord.projectVersion() + "\"",
			"\"version\": \"0.0.1\"").getBytes(StandardCharsets.UTF_8));
		final Launch r = Launch.run("--headless", "--replay", record.toString());
		assertEquals(0, r.status, r::toString);
		assertTrue(r.err.contains("written by Neuron Models 0.0.1, this is " + RunRecord.projectVersion()), r
			.err);
	}

	@Test
	void anInvalidRecordIsRefusedAndNothingIsWritten() throws IOException {
		final Path record = tmp.resolve("bad.json");
		Files.write(record, "{\"command\": {\"label\": \"x\"".getBytes(StandardCharsets.UTF_8));
		final Path out = tmp.resolve("out");
		final Launch r = Launch.run("--headless", "--replay", record.toString(), "--out", out.toString());
		assertEquals(2, r.status, r::toString);
		assertTrue(r.err.startsWith(NeuronModelsLauncher.ERROR_PREFIX + record +
			" is not a Neuron Models run record: it is not valid JSON"), r.err);
		assertFalse(Files.exists(out));
		final Launch both = Launch.run("--run", "x", "--replay", record.toString());
		assertEquals(2, both.status);
		assertTrue(both.err.contains("--run and --replay exclude each other"), both.err);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(final Path dir) throws IOException {
		return (Map<String, Object>) Json.parse(new String(Files.readAllBytes(dir.resolve(
			OutputFolder.RECORD)), StandardCharsets.UTF_8));
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The Spike Train Statistics command through a real headless SciJava context. */
class SpikeTrainStatisticsCommandTest {

	private static Context context;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static Module run(final Object... keyValues) {
		final Map<String, Object> in = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2)
			in.put((String) keyValues[i], keyValues[i + 1]);
		return Commands.run(context, SpikeTrainStatisticsCommand.class, in);
	}

	private File csv(final String text) throws IOException {
		final Path f = Files.createTempFile(dir, "spikes", ".csv");
		Files.write(f, text.getBytes(StandardCharsets.UTF_8));
		return f.toFile();
	}

	@Test
	void spikeFileGivesTheHandComputedStatistics() throws IOException {
		// As SpikeTrainStatisticsTest: spikes 10, 20, 40, 70 in [0, 100] ms → ISIs 10, 20, 30, mean 20 ms,
		// CV 0.5, 40 Hz; counts 2, 1, 1, 0 in 25 ms windows → Fano 2/3.
		final Module m = run("source", "Spike file", "spikeFile", csv("Neuron,Time (ms)\n0,10\n0,20\n0,40\n0,70\n"),
			"duration", 100.0, "countWindow", 25.0, "binWidth", 10.0);
		assertNull(Commands.cancelReason(m));
		assertEquals(4, m.getOutput("spikeCount"));
		assertEquals(40, (double) m.getOutput("rate"), 1e-12);
		assertEquals(20, (double) m.getOutput("meanIsi"), 1e-12);
		assertEquals(0.5, (double) m.getOutput("cv"), 1e-12);
		assertEquals(2.0 / 3, (double) m.getOutput("fano"), 1e-12);
		assertArrayEquals(new double[] { 0, 1, 1, 1 }, (double[]) m.getOutput("isiCounts"), 0);
		assertEquals(4, ((ResultsTable) m.getOutput("table")).size());
		assertNotNull(m.getOutput("chart"));
	}

	@Test
	void simulationWithOuNoiseIsConsistent() {
		final Module m = run();
		assertNull(Commands.cancelReason(m));
		final int n = (int) m.getOutput("spikeCount");
		assertTrue(n > 20, "the default OU drive makes the LIF neuron fire: " + n);
		assertEquals(n / 5.0, (double) m.getOutput("rate"), 1e-9); // 5000 ms, no stimulus window
		double histogram = 0;
		for (final double c : (double[]) m.getOutput("isiCounts"))
			histogram += c;
		assertEquals(n - 1, histogram, 0);
		final double cv = (double) m.getOutput("cv");
		assertTrue(cv > 0 && cv < 1.5, "irregular, noise-driven firing: CV " + cv);
	}

	@Test
	void badFilesCancelNamingTheField() throws IOException {
		assertReason("spikeFile", run("source", "Spike file"));
		assertReason("spikeFile", run("source", "Spike file", "spikeFile", csv("")));
		assertReason("spikeFile", run("source", "Spike file", "spikeFile", csv("Time (ms)\n1\nabc\n")));
		assertReason("spikeFile", run("source", "Spike file", "spikeFile", csv("Time (ms)\n-1\n2\n")));
		assertReason("spikeFile", run("source", "Spike file", "spikeFile", new File(dir.toFile(), "none.csv")));
		assertReason("spikeColumn", run("source", "Spike file", "spikeFile", csv("t\n1\n2\n")));
		assertReason("duration", run("source", "Spike file", "spikeFile", csv("Time (ms)\n1\n20000\n")));
		assertReason("countWindow", run("countWindow", 0.0));
		assertReason("source", run("source", "Telepathy"));
	}

	static void assertReason(final String field, final Module m) {
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, "expected a cancel naming " + field);
		assertTrue(reason.startsWith(field), reason);
	}
}

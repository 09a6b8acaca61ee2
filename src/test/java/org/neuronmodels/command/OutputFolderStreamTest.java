package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.commandsweep.SweepOutcome;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiStream;
import org.neuronmodels.testutil.Commands;
import org.neuronmodels.testutil.ServiceContext;
import org.scijava.module.Module;

/**
 * Big runs in Fiji (no {@code --out}) with the {@code outputFolder} input stream their rows into a hidden
 * data folder beside it while they compute, and the rows land in {@code outputFolder/table.csv} with the
 * other files: every row, equal bit for bit to the same curve or sweep held in memory (the reference,
 * computed through the service without any folder). In memory the command keeps only bounded outputs
 * (no table, no per-point arrays). Nothing is left beside the folder.
 */
class OutputFolderStreamTest {

	private static final String MAX = "neuronmodels.sweep.inMemoryMax";
	private static final String BLOCK = "neuronmodels.sweep.blockPoints";
	@RegisterExtension
	static final ServiceContext CONTEXT = new ServiceContext();

	@TempDir
	Path tmp;

	@AfterEach
	void restore() {
		System.clearProperty(MAX);
		System.clearProperty(BLOCK);
	}

	@Test
	void aBigFiCurveStreamsEveryRowIntoTheOutputFolder() throws IOException {
		final int n = FiStream.IN_MEMORY_MAX + 1; // the first size that streams when there is a data folder
		final File out = tmp.resolve("fi").toFile();
		final Map<String, Object> in = new HashMap<>();
		in.put("currentMin", 0.0);
		in.put("currentMax", 5.0);
		in.put("currentSteps", n);
		in.put("duration", 20.0);
		in.put("stimStart", 0.0);
		in.put("stimStop", 20.0);
		in.put("outputFolder", out);
		final Module m = Commands.run(CONTEXT.context(), FiCurveCommand.class, in);
		assertNull(Commands.cancelReason(m));
		assertNull(m.getOutput("table"), "no results table of the rows in memory");
		assertNull(m.getOutput("rates"), "no per-current arrays in memory");
		final FiCurve reference = CONTEXT.neuron().fiCurve(CONTEXT.neuron().model("LIF").duration(20), 0, 5, n);
		final double[] currents = reference.currents(), rates = reference.rates();
		try (BufferedReader r = Files.newBufferedReader(out.toPath().resolve("table.csv"), StandardCharsets.UTF_8)) {
			assertTrue(r.readLine().startsWith("Current (nA),Spikes,Rate (Hz)"));
			for (int i = 0; i < n; i++) {
				final String[] row = r.readLine().split(",");
				assertEquals(currents[i], Double.parseDouble(row[0]), 0, "row " + i);
				assertEquals(reference.spikeCounts()[i], Integer.parseInt(row[1]), "row " + i);
				assertEquals(rates[i], Double.parseDouble(row[2]), 0, "row " + i);
			}
			assertNull(r.readLine());
		}
		assertEquals(reference.rheobase(), (Double) m.getOutput("rheobase"), 0);
		assertTrue(Files.exists(out.toPath().resolve("chart.svg")));
		assertNothingBeside(out.toPath());
	}

	@Test
	void aBigSweepStreamsEveryRowIntoTheOutputFolder() throws IOException {
		final String fixed = "duration=100, stimStart=10, stimStop=90";
		final SweepOutcome reference = CONTEXT.neuron().sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 50, 9, Log").vary(
			"amplitude", "1, 4, 7").fixed(fixed).threads(2).run();
		System.setProperty(MAX, "10"); // a small grid streams as one above 10⁶ points does
		System.setProperty(BLOCK, "7");
		final File out = tmp.resolve("sweep").toFile();
		final Map<String, Object> in = new HashMap<>();
		in.put("values1", "5, 50, 9, Log");
		in.put("values2", "1, 4, 7");
		in.put("fixedInputs", fixed);
		in.put("outputFolder", out);
		final Module m = Commands.run(CONTEXT.context(), ParameterSweepCommand.class, in);
		assertNull(Commands.cancelReason(m));
		assertNull(m.getOutput("table"));
		assertNull(m.getOutput("measureValues"));
		assertTrue(((String) m.getOutput("method")).endsWith("streamed in blocks of 7 points"));
		final double[] rate = reference.values("firingRate");
		try (Stream<String> lines = Files.lines(out.toPath().resolve("table.csv"))) {
			final String[] rows = lines.toArray(String[]::new);
			final int f = java.util.Arrays.asList(rows[0].split(",")).indexOf("firingRate (Hz)");
			assertEquals(rate.length, rows.length - 1);
			for (int p = 0; p < rate.length; p++)
				assertEquals(rate[p], Double.parseDouble(rows[p + 1].split(",")[f]), 0, "row " + p);
		}
		assertTrue(Files.exists(out.toPath().resolve("heatmap.tif")));
		assertNothingBeside(out.toPath());
	}

	/** Only the output folder is left in its parent: no staging or data folder. */
	private static void assertNothingBeside(final Path out) throws IOException {
		try (Stream<Path> left = Files.list(out.getParent())) {
			assertEquals(1, left.count(), "no hidden data folder left beside " + out);
		}
	}
}

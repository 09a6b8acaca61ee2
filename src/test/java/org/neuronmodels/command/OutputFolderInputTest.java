package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * The {@code outputFolder} input (Fiji's counterpart of the launcher's {@code --out}), through a real
 * headless SciJava context: the full data files of a run, all or nothing.
 */
class OutputFolderInputTest {

	private static Context context;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** The classic LIF tutorial (8 spikes in the 300 ms step, see LifCommandTest), writing to {@code folder}. */
	private static Map<String, Object> lif(final File folder) {
		final Map<String, Object> in = new HashMap<>();
		in.put("vRest", -70.0);
		in.put("vThreshold", -55.0);
		in.put("vReset", -75.0);
		in.put("resistance", 10.0);
		in.put("tauM", 10.0);
		in.put("tRef", 0.0);
		in.put("dt", 0.1);
		in.put("duration", 500.0);
		in.put("stimulus", "Step");
		in.put("amplitude", 1.55);
		in.put("stimStart", 100.0);
		in.put("stimStop", 400.0);
		in.put("outputFolder", folder);
		return in;
	}

	@Test
	void aSingleNeuronRunWritesEveryArrayInFull() throws IOException {
		final File out = tmp.resolve("lif run").toFile();
		final Module m = Commands.run(context, LifCommand.class, lif(out));
		assertNull(Commands.cancelReason(m));
		final double[] voltage = column(out.toPath().resolve("voltage.csv"));
		assertArrayEquals((double[]) m.getOutput("voltage"), voltage, 0.0);
		assertEquals(5000, voltage.length); // 500 ms at 0.1 ms, every step recorded
		assertEquals(8, column(out.toPath().resolve("spikeTimes.csv")).length);
		for (final String f : new String[] { "chart.png", "chart.svg", "raster.tif", "traceTable.csv",
			"spikeTable.csv", "outputs.json" })
			assertTrue(Files.isRegularFile(out.toPath().resolve(f)), f + " in " + names(out.toPath()));
		final String json = new String(Files.readAllBytes(out.toPath().resolve("outputs.json")),
			StandardCharsets.UTF_8);
		assertTrue(json.contains("\"spikeCount\": 8"), json);
		assertTrue(json.contains("\"command\": \"Leaky Integrate-and-Fire\""), json);
		assertEquals(List.of(out.getName()), names(tmp), "no staging folder left beside the output");
	}

	@Test
	void badInputWritesNothing() throws IOException {
		final File out = tmp.resolve("never").toFile();
		final Map<String, Object> in = lif(out);
		in.put("tauM", 0.05); // dt 0.1 ms > tauM: refused before the run
		final Module m = Commands.run(context, LifCommand.class, in);
		assertNotNull(Commands.cancelReason(m));
		assertFalse(out.exists());
		assertEquals(List.of(), names(tmp));
	}

	@Test
	void aForeignFolderIsRefusedBeforeTheRunAndLeftAlone() throws IOException {
		final Path foreign = Files.createDirectories(tmp.resolve("my data"));
		Files.write(foreign.resolve("notes.txt"), "keep".getBytes(StandardCharsets.UTF_8));
		final Module m = Commands.run(context, LifCommand.class, lif(foreign.toFile()));
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason);
		assertTrue(reason.contains("outputFolder") && reason.contains("non-empty"), reason);
		assertEquals(List.of("notes.txt"), names(foreign));
		assertNull(m.getOutput("voltage"), "a refused run has no outputs");
	}

	@Test
	void aSecondRunReplacesTheFirst() throws IOException {
		final File out = tmp.resolve("again").toFile();
		assertNull(Commands.cancelReason(Commands.run(context, LifCommand.class, lif(out))));
		final Map<String, Object> in = lif(out);
		in.put("duration", 450.0);
		assertNull(Commands.cancelReason(Commands.run(context, LifCommand.class, in)));
		assertEquals(4500, column(out.toPath().resolve("voltage.csv")).length);
	}

	@Test
	void fiCurveWritesItsRates() throws IOException {
		final File out = tmp.resolve("fi").toFile();
		final Map<String, Object> in = new HashMap<>();
		in.put("model", "LIF");
		in.put("currentMin", 0.0);
		in.put("currentMax", 5.0);
		in.put("currentSteps", 11);
		in.put("outputFolder", out);
		final Module m = Commands.run(context, FiCurveCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final double[] currents = column(out.toPath().resolve("currents.csv"));
		assertEquals(11, currents.length);
		assertEquals(0.5, currents[1], 1e-12); // 0, 0.5, …, 5 nA
		assertArrayEquals((double[]) m.getOutput("rates"), column(out.toPath().resolve("rates.csv")), 0.0);
	}

	@Test
	void aNetworkWritesOneSpikeRowPerSpike() throws IOException {
		final File out = tmp.resolve("net").toFile();
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "CUBA");
		in.put("neurons", 200);
		in.put("duration", 50.0);
		in.put("outputFolder", out);
		final Module m = Commands.run(context, SpikingNetworkCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final List<String> lines = Files.readAllLines(out.toPath().resolve("spikes.csv"));
		assertEquals(((Number) m.getOutput("spikeCount")).intValue(), lines.size() - 1, "header + one row per spike");
	}

	private static double[] column(final Path csv) throws IOException {
		final List<String> lines = Files.readAllLines(csv);
		return lines.subList(1, lines.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[l.contains(
			",") ? 1 : 0])).toArray();
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}

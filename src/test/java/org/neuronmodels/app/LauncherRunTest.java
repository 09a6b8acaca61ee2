package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.Calibration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.io.RunFolder;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.io.Json;
import org.neuronmodels.io.ChartFiles;

/** Successful launcher runs: printed outputs and every file written with --out. */
class LauncherRunTest {

	private static final String CMD = "Launcher Test Command";

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void printsScalarAndArrayOutputs() {
		final Launch r = Launch.run("--headless", "--run", CMD,
			"amplitude=2,count=3,stimulus=\"Pulse\",noisy=false");
		assertEquals(0, r.status, r::toString);
		// trace[i] = 2 (i + 1) / 10; mean = (0.2 + 0.4 + 0.6) / 3
		final double[] trace = { 2.0 * 1 / 10, 2.0 * 2 / 10, 2.0 * 3 / 10 };
		final double mean = (trace[0] + trace[1] + trace[2]) / 3;
		assertEquals(Arrays.asList("mean = " + mean, "spikeCount = 6",
			"trace = [" + trace[0] + ", " + trace[1] + ", " + trace[2] + "]"),
			Arrays.asList(r.out.split("\\R")), r::toString);
		assertEquals("", r.err);
	}

	@Test
	void findsCommandsByClassNameAndUnderscoredLabel() {
		for (final String name : new String[] { LauncherTestCommand.class.getName(),
			"LauncherTestCommand", "launcher test command", "Launcher_Test_Command" })
		{
			final Launch r = Launch.run("--run", name, "count=1");
			assertEquals(0, r.status, r::toString);
			assertTrue(r.out.contains("spikeCount = 1"), r::toString);
		}
	}

	@Test
	void unsetInputsTakeTheDeclaredDefaults() {
		final Launch r = Launch.run("--run", CMD);
		assertEquals(0, r.status, r::toString);
		// defaults amplitude 1, count 4: mean = (0.1 + 0.2 + 0.3 + 0.4) / 4
		final double sum = 1.0 * 1 / 10 + 1.0 * 2 / 10 + 1.0 * 3 / 10 + 1.0 * 4 / 10;
		assertTrue(r.out.contains("mean = " + sum / 4 + "\n"), r::toString);
		assertTrue(r.out.contains("spikeCount = 4\n"), r::toString);
	}

	@Test
	void listsCommandsWithLabelClassAndMenu() {
		final Launch r = Launch.run("--list");
		assertEquals(0, r.status, r::toString);
		final String line = Stream.of(r.out.split("\\R")).filter(l -> l.startsWith(
			CMD)).findFirst().orElse("");
		assertTrue(line.contains(LauncherTestCommand.class.getName()), r::toString);
		assertTrue(line.contains("Plugins > Neuron Models > Tests > " + CMD), r::toString);
		assertTrue(r.out.contains("Launcher Failing Command"), r::toString);
	}

	@Test
	void helpPrintsUsage() {
		final Launch r = Launch.run("--help");
		assertEquals(0, r.status);
		assertTrue(r.out.startsWith("Usage: neuron-models"), r::toString);
	}

	@Test
	void writesEveryOutputToTheOutDirectory() throws IOException {
		final Path out = tmp.resolve("results/run1"); // created by the launcher
		final Launch r = Launch.run("--headless", "--run", CMD,
			"amplitude=1.5,count=5,stimulus=\"Sine\",noisy=true,dt=0.25,seed=7",
			"--out", out.toString());
		assertEquals(0, r.status, r::toString);
		assertEquals(Arrays.asList(RunFolder.MARKER, "chart.png", "chart.svg", "outputs.json",
			"raster.tif", "table.csv"), list(out));

		final BufferedImage png = ImageIO.read(out.resolve("chart.png").toFile());
		assertEquals(ChartFiles.WIDTH, png.getWidth());
		assertEquals(ChartFiles.HEIGHT, png.getHeight());
		final String svg = read(out.resolve("chart.svg"));
		assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
		assertTrue(svg.contains("Trace"));

		checkRaster(IJ.openImage(out.resolve("raster.tif").toString()));

		assertEquals(Arrays.asList("Neuron,Rate (Hz),Kind", "0,0,excitatory",
			"1,2.5,\"inhibitory, fast\"", "2,5,excitatory"), Files.readAllLines(out
				.resolve("table.csv")));

		checkRecord(out);
	}

	private static void checkRaster(final ImagePlus imp) {
		assertNotNull(imp);
		assertEquals(5, imp.getWidth());
		assertEquals(3, imp.getHeight());
		assertEquals(ImagePlus.GRAY32, imp.getType());
		for (int y = 0; y < 3; y++) {
			for (int x = 0; x < 5; x++) {
				assertEquals(10 * y + x + 0.25, imp.getProcessor().getPixelValue(x, y), 0);
			}
		}
		final Calibration cal = imp.getCalibration();
		assertEquals(0.25, cal.pixelWidth, 1e-12); // dt
		assertEquals(1.0, cal.pixelHeight, 1e-12);
		assertEquals("ms", cal.getXUnit());
		assertEquals("neuron", cal.getYUnit());
		// physical x of pixel 0 is the origin 2 ms: (0 - xOrigin) * 0.25 = 2
		assertEquals(2.0, cal.getX(0), 1e-12);
		assertEquals(-8.0, cal.xOrigin, 1e-12);
		final String info = imp.getInfoProperty();
		assertNotNull(info);
		assertTrue(info.contains("Time [ms]"), info);
		assertTrue(info.contains("Neuron [neuron]"), info);
		assertTrue(info.contains("spikes per bin"), info);
	}

	@SuppressWarnings("unchecked")
	private static void checkRecord(final Path out) throws IOException {
		final Map<String, Object> json = (Map<String, Object>) Json.parse(read(
			out.resolve("outputs.json")));
		final Map<String, Object> command = (Map<String, Object>) json.get("command");
		assertEquals(CMD, command.get("label"));
		assertEquals(LauncherTestCommand.class.getName(), command.get("class"));
		assertEquals(7.0, json.get("seed"));
		final Map<String, Object> inputs = (Map<String, Object>) json.get("inputs");
		assertEquals(1.5, inputs.get("amplitude"));
		assertEquals(5.0, inputs.get("count"));
		assertEquals("Sine", inputs.get("stimulus"));
		assertEquals(Boolean.TRUE, inputs.get("noisy"));
		assertEquals(0.25, inputs.get("dt"));
		assertEquals(7.0, inputs.get("seed"));
		assertEquals(6, inputs.size(), "no service inputs: " + inputs);
		final Map<String, Object> outputs = (Map<String, Object>) json.get("outputs");
		final List<Object> trace = (List<Object>) outputs.get("trace");
		assertEquals(5, trace.size());
		assertEquals(1.5 * 3 / 10 + 0.5, (Double) trace.get(2), 0);
		assertEquals(5.0, outputs.get("spikeCount"));
		assertTrue(outputs.containsKey("mean"));
		assertEquals(3, outputs.size(), "only plain outputs: " + outputs);
		assertEquals(Arrays.asList("chart.png", "chart.svg", "raster.tif",
			"table.csv"), json.get("files"));
		assertEquals(RunRecord.projectVersion(), json.get("version"));
		assertEquals(System.getProperty("java.version"), json.get("java"));
		final Map<?, ?> run = (Map<?, ?>) json.get(RunRecord.RUN);
		assertTrue(((String) run.get("time")).matches(
			"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), json::toString);
		assertTrue(((Number) run.get("duration_s")).doubleValue() >= 0, json::toString);
		assertTrue(run.get("host") instanceof String, json::toString);
	}

	@Test
	void replacesFilesOfAnEarlierRunAndLeavesNoTemporaryFiles() throws IOException {
		final Path out = tmp.resolve("again");
		assertEquals(0, Launch.run("--run", CMD, "count=2", "--out", out.toString()).status);
		final Launch r = Launch.run("--run", CMD, "count=3", "--out=" + out);
		assertEquals(0, r.status, r::toString);
		assertEquals(6, list(out).size(), list(out)::toString); // 5 files and the run marker
		assertEquals(Arrays.asList("again"), list(tmp)); // no staging folder or hidden file beside it
		assertTrue(read(out.resolve("outputs.json")).contains("\"count\": 3"));
	}

	@Test
	void theRecordedCommandLineRepeatsTheRun() throws IOException {
		final Path out = tmp.resolve("first");
		final Launch first = Launch.run("--run", CMD,
			"amplitude=0.75,stimulus=\"Sine\",dt=0.125", "--out", out.toString());
		assertEquals(0, first.status, first::toString);
		@SuppressWarnings("unchecked")
		final String line = (String) ((Map<String, Object>) Json.parse(read(out
			.resolve("outputs.json")))).get("command_line");
		final java.util.regex.Matcher m = java.util.regex.Pattern.compile(
			"scripts/neuron-models --headless --run (\\S+) '(.*)'").matcher(line);
		assertTrue(m.matches(), line);
		assertEquals(LauncherTestCommand.class.getName(), m.group(1));
		final String args = m.group(2).replace("'\\''", "'");
		assertEquals("amplitude=0.75,count=4,stimulus=\"Sine\",noisy=false," +
			"dt=0.125,seed=42", args);
		final Launch again = Launch.run("--run", m.group(1), args);
		assertEquals(0, again.status, again::toString);
		assertEquals(first.out, again.out);
	}

	static List<String> list(final Path dir) throws IOException {
		if (!Files.exists(dir)) return Arrays.asList();
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(
				Collectors.toList());
		}
	}

	static String read(final Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

	static void assertNoFiles(final Path dir) throws IOException {
		assertArrayEquals(new String[0], list(dir).toArray(), "files in " + dir);
	}
}

package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.io.Json;

/** The LIF command through the headless launcher with --out: printed numbers and files equal the core's. */
class LifLauncherTest {

	private static final String TUTORIAL = "vRest=-70,vThreshold=-55,vReset=-75,resistance=10,tauM=10,tRef=0," +
		"dt=0.1,duration=500,stimulus=\"Step\",amplitude=1.55,stimStart=100,stimStop=400";

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	private static SimulationResult core() {
		return LifSimulation.run(LifParameters.uniform(1, -70, -75, -55, 10, 10, 0), Integrators.EXACT, 0.1, 500,
			Stimuli.step(1.55, 100, 400), ProgressMonitor.NONE);
	}

	private static String line(final String out, final String name) {
		return Arrays.stream(out.split("\\R")).filter(l -> l.startsWith(name + " = ")).findFirst().orElse(null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void outputsAndFilesEqualTheCore() throws IOException {
		final Path out = tmp.resolve("results");
		final Launch r = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", TUTORIAL, "--out", out
			.toString());
		assertEquals(0, r.status, r::toString);
		final SimulationResult core = core();
		assertEquals("spikeCount = 8", line(r.out, "spikeCount"));
		assertEquals("firingRate = " + (8 / 0.3), line(r.out, "firingRate"));
		assertEquals("spikeTimes = " + Arrays.toString(core.spikes().timesOf(0)), line(r.out, "spikeTimes"));
		// a long array prints one summary line; its values, all of them, are in its data file
		final double[] voltage = core.traces().voltage(0);
		assertTrue(line(r.out, "voltage").startsWith("voltage = [" + voltage.length + " values"), line(r.out,
			"voltage"));
		final List<String> voltageFile = Files.readAllLines(out.resolve("voltage.csv"));
		assertEquals("voltage", voltageFile.get(0));
		assertEquals(voltage.length + 1, voltageFile.size());
		for (int i = 0; i < voltage.length; i++)
			assertEquals(voltage[i], Double.parseDouble(voltageFile.get(i + 1)), 0.0, "voltage.csv row " + (i + 1));

		// files: chart PNG decodes, SVG is SVG, TIFF re-opens with its calibration, CSVs, outputs.json
		final BufferedImage png = ImageIO.read(out.resolve("chart.png").toFile());
		assertNotNull(png, "chart.png decodes");
		assertTrue(png.getWidth() > 100 && png.getHeight() > 100);
		assertTrue(new String(Files.readAllBytes(out.resolve("chart.svg")), StandardCharsets.UTF_8).contains("<svg"));
		final ImagePlus raster = IJ.openImage(out.resolve("raster.tif").toString());
		assertNotNull(raster, "raster.tif re-opens with ImageJ");
		assertEquals(500, raster.getWidth(), "1 ms bins over 500 ms");
		assertEquals(1, raster.getHeight());
		assertEquals(1.0, raster.getCalibration().pixelWidth, 0.0);
		assertEquals("ms", raster.getCalibration().getXUnit());
		double sum = 0;
		for (int x = 0; x < raster.getWidth(); x++)
			sum += raster.getProcessor().getf(x, 0);
		assertEquals(8, sum, 0.0, "the raster holds every spike");
		final int bin = (int) Math.floor(core.spikes().time(0));
		assertEquals(1, raster.getProcessor().getf(bin, 0), 0.0, "first spike in its bin");
		final List<String> spikes = Files.readAllLines(out.resolve("spikeTable.csv"));
		assertEquals(9, spikes.size(), "header and 8 spikes");
		assertEquals(5001, Files.readAllLines(out.resolve("traceTable.csv")).size());
		final Map<String, Object> json = (Map<String, Object>) Json.parse(new String(Files.readAllBytes(out
			.resolve("outputs.json")), StandardCharsets.UTF_8));
		final String text = json.toString();
		assertTrue(text.contains("spikeCount"), text.substring(0, Math.min(300, text.length())));
		assertTrue(text.contains("seed") && text.contains("amplitude"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "dt=0;dt", "dt=-0.1;dt", "duration=0.05;duration", "tauM=0;tauM",
		"amplitude=NaN;amplitude", "amplitude=Infinity;amplitude", "stimStop=50;stimStop",
		"duration=1e12;duration" })
	void badInputExitsNonZeroNamingTheParameterAndWritesNothing(final String override, final String name)
		throws IOException
	{
		final Path out = tmp.resolve("bad");
		final String key = override.substring(0, override.indexOf('='));
		final String args = TUTORIAL.contains(key + "=") ? TUTORIAL.replaceAll("(^|,)" + key + "=[^,]*", "$1" +
			override) : TUTORIAL + "," + override;
		final Launch r = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", args, "--out", out.toString());
		assertTrue(r.status != 0, r::toString);
		assertEquals(1, r.errLines().length, r::toString);
		assertTrue(r.errLines()[0].contains(name), r::toString);
		if (Files.exists(out)) {
			try (Stream<Path> files = Files.list(out)) {
				assertEquals(0, files.count(), "nothing written to --out");
			}
		}
	}
}

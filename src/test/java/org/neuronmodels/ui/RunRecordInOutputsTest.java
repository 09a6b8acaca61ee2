package org.neuronmodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.io.TiffFiles;
import org.neuronmodels.command.LifCommand;
import org.neuronmodels.module.RunProvenance;
import org.neuronmodels.image.Calibrated;
import org.neuronmodels.image.ImagePlusConverter;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * What Fiji shows of a run: the raster as a calibrated ImageJ image carrying
 * the run's version, inputs, seed and integrator (kept in TIFF files), the
 * run info table, and the scalar outputs as a Results row.
 */
class RunRecordInOutputsTest {

	private static Context context;
	private static Module run;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
		// The classic tutorial's inputs (see LifCommandTest), with Euler, seed 42 and 0.5 ms bins.
		final Map<String, Object> in = new HashMap<>();
		in.put("vRest", -70.0);
		in.put("vThreshold", -55.0);
		in.put("vReset", -75.0);
		in.put("tauM", 10.0);
		in.put("tRef", 0.0);
		in.put("duration", 500.0);
		in.put("amplitude", 1.55);
		in.put("stimStart", 100.0);
		in.put("stimStop", 400.0);
		in.put("integrator", "Euler");
		in.put("seed", 42L);
		in.put("rasterBin", 0.5);
		run = Commands.run(context, LifCommand.class, in);
		assertNull(Commands.cancelReason(run));
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void theRasterCarriesTheRunAsProperties() throws IOException {
		final Map<String, String> p = ((Calibrated) run.getOutput("raster")).properties();
		assertEquals(pomVersion(), p.get("NeuronModels.Version"));
		assertEquals("Leaky Integrate-and-Fire", p.get("NeuronModels.Command"));
		assertEquals(LifCommand.class.getName(), p.get("NeuronModels.Class"));
		assertEquals("42", p.get("NeuronModels.Seed"));
		assertEquals("Euler", p.get("NeuronModels.Integrator"));
		assertEquals("1.55", p.get("NeuronModels.Input.amplitude"));
		assertEquals("0.5", p.get("NeuronModels.Input.rasterBin"));
		final String args = p.get("NeuronModels.Arguments");
		for (final String pair : new String[] { "stimulus=\"Step\"", "amplitude=1.55", "stimStart=100.0",
			"seed=42", "integrator=\"Euler\"", "rasterBin=0.5" })
		{
			assertTrue(("," + args + ",").contains("," + pair + ","), pair + " in " + args);
		}
	}

	@Test
	void theRasterBecomesACalibratedImageJImageThatKeepsItAllInATiff() throws IOException {
		@SuppressWarnings("unchecked")
		final ImagePlus imp = ImagePlusConverter.toImagePlus((RandomAccessibleInterval<? extends RealType<?>>) run
			.getOutput("raster"), "raster");
		check(imp);
		final Path tif = tmp.resolve("raster.tif");
		TiffFiles.save(imp, tif);
		check(IJ.openImage(tif.toString()));
	}

	private static void check(final ImagePlus imp) {
		assertTrue((int) run.getOutput("spikeCount") > 0);
		assertNotNull(imp);
		// 500 ms in 0.5 ms bins, one neuron; a spike per bin at most (ISI ≫ 0.5 ms): counts 0 or 1, summing
		// to the spike count
		assertEquals(1000, imp.getWidth());
		assertEquals(1, imp.getHeight());
		final Calibration cal = imp.getCalibration();
		assertEquals(0.5, cal.pixelWidth, 0.0);
		assertEquals("ms", cal.getXUnit());
		assertEquals("neuron", cal.getYUnit());
		assertEquals("spikes per bin", cal.getValueUnit());
		assertEquals(0.0, imp.getDisplayRangeMin(), 0.0);
		assertEquals(1.0, imp.getDisplayRangeMax(), 0.0);
		assertEquals((int) run.getOutput("spikeCount"), (int) Math.round(imp.getStatistics().mean * 1000));
		assertEquals("42", imp.getProp("NeuronModels.Seed"));
		assertEquals("Euler", imp.getProp("NeuronModels.Integrator"));
		final String info = imp.getInfoProperty();
		assertTrue(info.contains("Axis 0 (x): Time [ms], scale 0.5, origin 0.0"), info);
		assertTrue(info.contains("NeuronModels.Seed: 42\n"), info);
	}

	@Test
	void anEmptyRasterGetsAOneUnitDisplayRange() {
		// A uniform image (no spikes) would get an empty range [0, 0]; it is shown as [0, 1].
		final ImagePlus imp = new ImagePlus("empty", new ij.process.FloatProcessor(10, 3));
		ImagePlusConverter.setDisplayRange(imp);
		assertEquals(0.0, imp.getDisplayRangeMin(), 0.0);
		assertEquals(1.0, imp.getDisplayRangeMax(), 0.0);
	}

	@Test
	void runInfoTableAndResultsRow() throws IOException {
		final RunProvenance info = RunProvenance.of(run);
		final ResultsTable t = info.toTable();
		assertEquals("Version", t.getStringValue("Key", 0));
		assertEquals(pomVersion(), t.getStringValue("Value", 0));
		int seedRow = -1;
		for (int r = 0; r < t.size(); r++)
			if ("Seed".equals(t.getStringValue("Key", r))) seedRow = r;
		assertEquals("42", t.getStringValue("Value", seedRow));

		final ResultsTable results = new ResultsTable();
		OutputDisplay.appendRow(results, info.label(), OutputDisplay.summaryRow(run));
		assertEquals(1, results.size());
		assertEquals("Leaky Integrate-and-Fire", results.getLabel(0));
		assertEquals((int) run.getOutput("spikeCount"), results.getValue("Spike count", 0), 0.0);
		assertEquals((double) run.getOutput("firingRate"), results.getValue("Firing rate (Hz)", 0), 0.0);
	}

	/** The project version as written in pom.xml (the first version after the parent block). */
	static String pomVersion() throws IOException {
		final String pom = new String(Files.readAllBytes(Paths.get("pom.xml")), StandardCharsets.UTF_8);
		final Matcher m = Pattern.compile("</parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
		assertTrue(m.find());
		return m.group(1);
	}
}

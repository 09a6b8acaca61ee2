package org.neuronmodels.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.io.ChartFiles;
import org.neuronmodels.plot.ChartData;
import org.neuronmodels.service.DefaultNeuronModelsService;

/** The chart window's readout and exports, without a window: CSV of the plotted data, PNG, SVG. */
class ChartExportTest {

	private static SimulationResult result;
	private static JFreeChart chart;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		// The classic tutorial run (8 spikes, see LifCommandTest), drawn with spikes up to 20 mV.
		result = LifSimulation.run(LifParameters.uniform(1, -70, -75, -55, 10, 10, 0), Integrators.EXACT, 0.1, 500,
			Stimuli.step(1.55, 100, 400), org.neuronmodels.core.sim.ProgressMonitor.NONE);
		chart = new DefaultNeuronModelsService().charts().voltage(result, "LIF", "nA", -55, 20);
	}

	@Test
	void csvHoldsThePlottedDataWithTheDrawnSpikePeaks() throws IOException {
		final Path csv = tmp.resolve("chart.csv");
		ChartExport.write(chart, ChartExport.Format.CSV, csv, 100, 100);
		final List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("Time (ms),I (nA),V (mV)", lines.get(0));
		final double[] t = result.traces().time(), v = result.traces().voltage(0), i = result.traces().current(0);
		assertEquals(t.length + 1, lines.size());
		final double[] spikes = result.spikes().timesOf(0);
		assertEquals(8, spikes.length);
		final boolean[] peak = new boolean[t.length];
		for (final double ts : spikes)
			peak[(int) Math.round(ts / 0.1)] = true; // the sample at each spike time is drawn at the peak
		for (int k = 0; k < t.length; k++) {
			final String[] cells = lines.get(k + 1).split(",");
			assertEquals(t[k], Double.parseDouble(cells[0]), 0.0);
			assertEquals(i[k], Double.parseDouble(cells[1]), 0.0);
			assertEquals(peak[k] ? 20 : v[k], Double.parseDouble(cells[2]), 0.0, "row " + k);
		}
	}

	@Test
	void seriesWithDifferentTimesGiveALongTable() {
		final JFreeChart two = org.neuronmodels.plot.TraceChart.create("two", "t (ms)").panel("V (mV)", 1) //
			.series("a", new double[] { 0, 1 }, new double[] { 5, 6 }) //
			.series("b", new double[] { 0, 2, 4 }, new double[] { 7, 8, 9 }).build();
		assertEquals("Series,t (ms),Value\na (mV),0,5\na (mV),1,6\nb (mV),0,7\nb (mV),2,8\nb (mV),4,9\n", ChartFiles
			.toCsv(two));
	}

	@Test
	void pngAndSvgAreWrittenAtTheGivenSize() throws IOException {
		final Path png = ChartExport.withExtension(tmp.resolve("c"), ChartExport.Format.PNG);
		assertEquals("c.png", png.getFileName().toString());
		ChartExport.write(chart, ChartExport.Format.PNG, png, 640, 480);
		final BufferedImage img = ImageIO.read(png.toFile());
		assertEquals(640, img.getWidth());
		assertEquals(480, img.getHeight());
		final Path svg = tmp.resolve("c.svg");
		ChartExport.write(chart, ChartExport.Format.SVG, svg, 640, 480);
		final String text = new String(Files.readAllBytes(svg), StandardCharsets.UTF_8);
		assertTrue(text.matches("(?s).*<svg [^>]*width=['\"]640['\"][^>]*>.*") && text.matches(
			"(?s).*<svg [^>]*height=['\"]480['\"][^>]*>.*"), text.substring(0, 300));
		ChartExport.write(chart, ChartExport.Format.SVG, tmp.resolve("again.svg"), 640, 480);
		assertArrayEquals(Files.readAllBytes(svg), Files.readAllBytes(tmp.resolve("again.svg")),
			"the same chart gives the same SVG file");
		try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
			assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no temp files");
		}
	}

	@Test
	void theReadoutGivesTheAxisValuesUnderAPoint() {
		final BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		final ChartRenderingInfo info = new ChartRenderingInfo();
		final Graphics2D g = img.createGraphics();
		chart.draw(g, new Rectangle2D.Double(0, 0, 800, 600), info);
		g.dispose();
		final List<XYPlot> panels = ChartData.panels(chart);
		assertEquals(2, panels.size());
		for (int p = 0; p < 2; p++) {
			// The centre of a panel's data area maps to the middle of both axis ranges.
			final Rectangle2D area = info.getPlotInfo().getSubplotInfo(p).getDataArea();
			final ChartReadout.Reading r = ChartReadout.at(chart, info, new Point2D.Double(area.getCenterX(), area
				.getCenterY()));
			assertEquals(p, r.panel);
			final double xMid = ((XYPlot) chart.getPlot()).getDomainAxis().getRange().getCentralValue();
			final double yMid = panels.get(p).getRangeAxis().getRange().getCentralValue();
			assertEquals(xMid, r.x, 1e-9 * 500);
			assertEquals(yMid, r.y, 1e-9 * Math.abs(yMid) + 1e-9);
			assertTrue(ChartReadout.describe(chart, r).startsWith("Time (ms) = 250.0   " + (p == 0 ? "I (nA)"
				: "V (mV)") + " = "), ChartReadout.describe(chart, r));
		}
		assertNull(ChartReadout.at(chart, info, new Point2D.Double(1, 1)), "outside every data area");
		assertEquals("", ChartReadout.describe(chart, null));
	}
}

package org.neuronmodels.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** Decimation for drawing keeps every spike peak and trough; chart files stay small for huge series. */
class EnvelopeTest {

	/** A membrane-like trace: noise around -65 mV with one-sample spikes to +30 mV and resets to -80 mV. */
	private static double[][] spikyTrace(final int n, final int[] peaks) {
		final double[] t = new double[n], v = new double[n];
		final Random random = new Random(7);
		for (int i = 0; i < n; i++) {
			t[i] = 0.01 * i;
			v[i] = -65 + random.nextDouble();
		}
		for (final int p : peaks) {
			v[p] = 30;
			if (p + 1 < n) v[p + 1] = -80;
		}
		return new double[][] { t, v };
	}

	private static int[] peaks(final int n, final int count) {
		final Random random = new Random(3);
		final int[] p = new int[count];
		for (int k = 0; k < count; k++)
			p[k] = random.nextInt(n - 1);
		return p;
	}

	@Test
	void everySpikePeakAndResetIsDrawn() {
		final int n = 2_000_000;
		final int[] peaks = peaks(n, 3000); // more spikes than columns: several per column
		final double[][] tv = spikyTrace(n, peaks);
		final double[][] drawn = Envelope.of(tv[0], tv[1], Envelope.COLUMNS);
		assertTrue(drawn[0].length <= 5 * Envelope.COLUMNS, "points drawn: " + drawn[0].length);
		final Set<Integer> columnsWithPeak = new HashSet<>(), columnsWithReset = new HashSet<>();
		final double span = tv[0][n - 1] - tv[0][0];
		for (final int p : peaks) {
			columnsWithPeak.add((int) Math.min(Envelope.COLUMNS - 1, tv[0][p] / span * Envelope.COLUMNS));
			columnsWithReset.add((int) Math.min(Envelope.COLUMNS - 1, tv[0][p + 1] / span * Envelope.COLUMNS));
		}
		final Set<Integer> drawnPeaks = new HashSet<>(), drawnResets = new HashSet<>();
		for (int k = 0; k < drawn[0].length; k++) {
			final int column = (int) Math.min(Envelope.COLUMNS - 1, drawn[0][k] / span * Envelope.COLUMNS);
			if (drawn[1][k] == 30) drawnPeaks.add(column);
			if (drawn[1][k] == -80) drawnResets.add(column);
		}
		// every pixel column that holds a spike draws a point at the peak's height (and at the reset's)
		assertEquals(columnsWithPeak, drawnPeaks);
		assertEquals(columnsWithReset, drawnResets);
		for (int k = 1; k < drawn[0].length; k++)
			assertTrue(drawn[0][k] >= drawn[0][k - 1], "time order kept");
		assertEquals(tv[0][0], drawn[0][0]);
		assertEquals(tv[0][n - 1], drawn[0][drawn[0].length - 1]);
	}

	@Test
	void shortSeriesAreDrawnAsTheyAre() {
		final double[] x = { 0, 1, 2 }, y = { 3, 4, 5 };
		final double[][] drawn = Envelope.of(x, y, Envelope.COLUMNS);
		assertSame(x, drawn[0]);
		assertSame(y, drawn[1]);
	}

	@Test
	void trajectoriesKeepTheirExtremesInBothCoordinates() {
		final int n = 1_000_000;
		final double[] x = new double[n], y = new double[n];
		for (int i = 0; i < n; i++) { // a spiral: x and y both go back and forth
			final double a = 2 * Math.PI * i / 997.0, r = 1 + i / (double) n;
			x[i] = r * Math.cos(a);
			y[i] = r * Math.sin(a);
		}
		final double[][] drawn = Envelope.of(x, y, Envelope.COLUMNS);
		assertTrue(drawn[0].length <= 7 * Envelope.COLUMNS);
		assertEquals(Arrays.stream(x).max().getAsDouble(), Arrays.stream(drawn[0]).max().getAsDouble());
		assertEquals(Arrays.stream(x).min().getAsDouble(), Arrays.stream(drawn[0]).min().getAsDouble());
		assertEquals(Arrays.stream(y).max().getAsDouble(), Arrays.stream(drawn[1]).max().getAsDouble());
		assertEquals(Arrays.stream(y).min().getAsDouble(), Arrays.stream(drawn[1]).min().getAsDouble());
	}

	@Test
	void gapsStayGaps() {
		final int n = 100_000;
		final double[] x = new double[n], y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = i;
			y[i] = i >= 40_000 && i < 60_000 ? Double.NaN : Math.sin(i);
		}
		final double[][] drawn = Envelope.of(x, y, 100);
		assertTrue(Arrays.stream(drawn[1]).anyMatch(Double::isNaN));
	}

	@Test
	void chartFilesOfHugeSeriesStayUnderTwoMegabytes() throws IOException {
		final int n = 4_000_000;
		final double[][] tv = spikyTrace(n, peaks(n, 20_000));
		final double[] current = new double[n];
		Arrays.fill(current, n / 2, n, 1.5);
		final JFreeChart chart = TraceChart.create("huge", "Time (ms)").panel("I (nA)", 1).series("I", tv[0], current)
			.panel("V (mV)", 3).series("V", tv[0], tv[1]).series("V copy", tv[0], tv[1]).build();
		final SVGGraphics2D g2 = new SVGGraphics2D(1000, 700);
		chart.draw(g2, new Rectangle2D.Double(0, 0, 1000, 700));
		final int svgBytes = g2.getSVGDocument().getBytes(StandardCharsets.UTF_8).length;
		assertTrue(svgBytes < 2_000_000, "SVG bytes: " + svgBytes);
		final ByteArrayOutputStream png = new ByteArrayOutputStream();
		ChartUtils.writeChartAsPNG(png, chart, 1000, 700);
		assertTrue(png.size() < 2_000_000, "PNG bytes: " + png.size());
	}

	@Test
	void exportedChartDataIsTheFullSeries() {
		final int n = 50_000;
		final double[][] tv = spikyTrace(n, peaks(n, 100));
		final JFreeChart chart = TraceChart.create("full", "Time (ms)").panel("V (mV)", 1).series("V", tv[0], tv[1])
			.build();
		final java.util.List<java.util.List<Object>> rows = ChartData.table(chart);
		assertEquals(n + 1, rows.size(), "header and every sample");
		assertEquals(java.util.Arrays.asList("Time (ms)", "V (mV)"), rows.get(0));
		assertEquals(30.0, ((Number) rows.get(peaks(n, 100)[0] + 1).get(1)).doubleValue());
	}

	@Test
	void logAxesTickWholeDecades() {
		final double[] f = new double[61], g = new double[61];
		for (int i = 0; i < f.length; i++) {
			f[i] = Math.pow(10, -1 + i / 15.0); // 0.1 .. 1000 Hz
			g[i] = 1 / (1 + f[i]);
		}
		final JFreeChart chart = XYChartBuilder.create("log", "f (Hz)", true).panel("gain", 1, false).series("g", f, g,
			XYChartBuilder.Style.LINE).build();
		final java.awt.image.BufferedImage image = chart.createBufferedImage(1000, 700);
		final org.jfree.chart.axis.ValueAxis axis = ((org.jfree.chart.plot.XYPlot) chart.getPlot()).getDomainAxis();
		final java.util.List<Double> major = new java.util.ArrayList<>();
		for (final Object tick : axis.refreshTicks(image.createGraphics(), new org.jfree.chart.axis.AxisState(),
			new Rectangle2D.Double(60, 30, 930, 630), org.jfree.chart.ui.RectangleEdge.BOTTOM))
		{
			final org.jfree.chart.axis.ValueTick t = (org.jfree.chart.axis.ValueTick) tick;
			if (t.getTickType() == org.jfree.chart.axis.TickType.MAJOR) major.add(t.getValue());
		}
		assertEquals(5, major.size(), "major ticks " + major);
		for (int k = 0; k < major.size(); k++)
			assertEquals(Math.pow(10, k - 1), major.get(k), 1e-9 * Math.pow(10, k - 1));
	}
}

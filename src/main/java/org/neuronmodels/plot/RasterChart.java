package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.DefaultXYDataset;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * A network's spike raster as Brian2 and NEST draw it: one dot per spike (time
 * against neuron index) above the population rate, sharing the time axis.
 * Up to {@value #MAX_DOTS} spikes are drawn as dots; more are drawn as a
 * picture of {@value #IMAGE_WIDTH} × up to {@value #IMAGE_HEIGHT} cells (darker
 * = more spikes), so the chart's size and drawing time do not grow with the run.
 */
public final class RasterChart {

	/** The most spikes drawn as individual dots. */
	public static final int MAX_DOTS = 5000;

	/** Cells across the time axis of the picture drawn for more spikes. */
	public static final int IMAGE_WIDTH = 1000;

	/** The most cells across the neuron axis of that picture. */
	public static final int IMAGE_HEIGHT = 600;

	private RasterChart() {}

	/** The raster of {@code spikes} over {@code [0, duration]} ms above the rate {@code rate[k]} (Hz) at {@code time[k]}. */
	public static JFreeChart create(final String title, final SpikeRecord spikes, final double duration,
		final double[] time, final double[] rate)
	{
		final NumberAxis t = new NumberAxis("Time (ms)");
		t.setRange(0, duration > 0 ? duration : 1);
		final CombinedDomainXYPlot combined = new CombinedDomainXYPlot(t);
		combined.setGap(8);
		combined.add(raster(spikes, duration > 0 ? duration : 1), 3);
		final EnvelopeDataset rates = new EnvelopeDataset();
		rates.add("population rate", time, rate);
		final XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
		line.setDrawSeriesLineAsPath(true);
		line.setSeriesPaint(0, TraceChart.PALETTE[0]);
		line.setSeriesStroke(0, new BasicStroke(1.2f));
		final NumberAxis hz = new NumberAxis("Rate (Hz)");
		combined.add(style(new XYPlot(rates, null, hz, line)), 1);
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	// -- Helper methods --

	private static XYPlot raster(final SpikeRecord spikes, final double duration) {
		final int n = Math.max(1, spikes.populationSize());
		final NumberAxis y = new NumberAxis("Neuron");
		y.setRange(-0.5, n - 0.5);
		y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		final DefaultXYDataset dots = new DefaultXYDataset();
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
		r.setSeriesPaint(0, Color.BLACK);
		final double size = n <= 100 ? 3 : 1.6;
		r.setSeriesShape(0, new Rectangle2D.Double(-size / 2, -size / 2, size, size));
		final XYPlot plot = style(new XYPlot(dots, null, y, r));
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		if (spikes.count() <= MAX_DOTS) {
			dots.addSeries("spikes", new double[][] { spikes.times(), toDouble(spikes.neurons()) });
		}
		else {
			plot.setBackgroundImage(picture(spikes, duration));
			plot.setBackgroundImageAlignment(Align.FIT);
			plot.setBackgroundImageAlpha(1f);
		}
		return plot;
	}

	/** Cells of the spike counts over {@code [0, duration]}, darker for more (square-root scale: single spikes show). */
	private static BufferedImage picture(final SpikeRecord spikes, final double duration) {
		final int n = Math.max(1, spikes.populationSize());
		final int h = Math.min(IMAGE_HEIGHT, n), w = IMAGE_WIDTH;
		final int[] c = new int[w * h];
		int max = 1;
		for (int k = 0; k < spikes.count(); k++) {
			final int x = (int) Math.min(w - 1, Math.max(0, spikes.time(k) / duration * w));
			final int row = h - 1 - (int) ((long) spikes.neuron(k) * h / n); // neuron 0 at the bottom
			max = Math.max(max, ++c[row * w + x]);
		}
		final BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		final byte[] grey = new byte[w * h];
		for (int i = 0; i < grey.length; i++)
			grey[i] = (byte) Math.round(255 * (1 - Math.sqrt(c[i] / (double) max)));
		image.getRaster().setDataElements(0, 0, w, h, grey);
		return image;
	}

	private static XYPlot style(final XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		return plot;
	}

	private static double[] toDouble(final int[] v) {
		final double[] d = new double[v.length];
		for (int i = 0; i < v.length; i++)
			d[i] = v[i];
		return d;
	}
}

package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.neuronmodels.core.NumberLists;

/**
 * A chart of y against x with several named series, lines or points, built
 * fluently (for scripts): {@code LineChart.create("f-I", "I (nA)", "rate (Hz)")
 * .points("simulated", i, r).line("theory", i, t).build()}. Arrays are copied.
 */
public final class LineChart {

	private final String title;
	private final EnvelopeDataset data = new EnvelopeDataset();
	private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
	private final NumberAxis x;
	private final NumberAxis y;

	private LineChart(final String title, final String xLabel, final String yLabel) {
		this.title = title;
		this.x = new NumberAxis(xLabel);
		this.y = new NumberAxis(yLabel);
		x.setAutoRangeIncludesZero(false);
		y.setAutoRangeIncludesZero(false);
	}

	/** Starts a chart with a title and axis labels (put the units in them). */
	public static LineChart create(final String title, final String xLabel, final String yLabel) {
		return new LineChart(title, xLabel, yLabel);
	}

	/** Adds a line through {@code (x[i], y[i])}; arrays, lists or script arrays of numbers. */
	public LineChart line(final String name, final Object xs, final Object ys) {
		return add(name, xs, ys, true);
	}

	/** Adds unconnected points {@code (x[i], y[i])}. */
	public LineChart points(final String name, final Object xs, final Object ys) {
		return add(name, xs, ys, false);
	}

	/** The finished chart (a legend when there is more than one series). */
	public JFreeChart build() {
		final XYPlot plot = new XYPlot(data, x, y, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, data.getSeriesCount() > 1);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private LineChart add(final String name, final Object xs, final Object ys, final boolean line) {
		final double[] a = NumberLists.of("x", xs);
		final double[] b = NumberLists.of("y", ys);
		if (a.length != b.length) {
			throw new IllegalArgumentException("series '" + name + "': " + a.length + " x values but " + b.length +
				" y values");
		}
		final int s = data.getSeriesCount();
		data.add(name, a, b);
		renderer.setSeriesLinesVisible(s, line);
		renderer.setSeriesShapesVisible(s, !line && data.getItemCount(s) <= XYChartBuilder.MAX_MARKERS);
		if (!line && data.getItemCount(s) > XYChartBuilder.MAX_MARKERS) renderer.setSeriesLinesVisible(s, true);
		renderer.setSeriesPaint(s, TraceChart.PALETTE[s % TraceChart.PALETTE.length]);
		renderer.setSeriesStroke(s, new BasicStroke(1.5f));
		return this;
	}
}

package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** A chart of a population firing rate (Hz) against time (ms). */
public final class RateChart {

	private RateChart() {}

	/** A line chart of {@code rate[k]} (Hz) at {@code time[k]} (ms). */
	public static JFreeChart create(final String title, final double[] time, final double[] rate) {
		final EnvelopeDataset data = new EnvelopeDataset();
		data.add("rate", time, rate);
		final NumberAxis x = new NumberAxis("Time (ms)");
		x.setAutoRangeIncludesZero(false);
		final NumberAxis y = new NumberAxis("Population rate (Hz)");
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
		r.setDrawSeriesLineAsPath(true);
		r.setSeriesPaint(0, TraceChart.PALETTE[0]);
		r.setSeriesStroke(0, new BasicStroke(1.2f));
		final XYPlot plot = new XYPlot(data, x, y, r);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}
}

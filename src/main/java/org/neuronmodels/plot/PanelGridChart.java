package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.neuronmodels.core.Checks;

/**
 * Many small voltage-and-stimulus panels laid out in a grid inside one
 * JFreeChart, in the style of Izhikevich's Fig. 1 (no axes; each panel spans
 * its own run, its voltage scaled from {@code vMin} to {@code vMax}, its
 * stimulus drawn below it scaled to its own range; the run's length is written
 * under each panel). Panels fill the rows left to right.
 */
public final class PanelGridChart {

	private static final double WIDTH = 1, GAP = 0.12, VOLTAGE = 1, STIMULUS = 0.2, STIM_GAP = 0.05, TITLE = 0.22,
		SCALE = 0.14;
	private static final double PITCH = TITLE + VOLTAGE + STIM_GAP + STIMULUS + SCALE;
	/** Pixel columns a panel's series are decimated to. */
	private static final int PANEL_COLUMNS = 400;
	private static final Color VOLTAGE_COLOR = new Color(0x1f77b4), STIMULUS_COLOR = new Color(0x333333);

	private final String title;
	private final int columns;
	private final double vMin, vMax;
	private final DefaultXYDataset data = new DefaultXYDataset();
	private final List<XYTextAnnotation> labels = new ArrayList<>();
	private int panels;

	private PanelGridChart(final String title, final int columns, final double vMin, final double vMax) {
		this.title = title;
		this.columns = columns;
		this.vMin = vMin;
		this.vMax = vMax;
	}

	/** A grid of {@code columns} panels per row, voltages drawn from {@code vMin} to {@code vMax} mV. */
	public static PanelGridChart create(final String title, final int columns, final double vMin, final double vMax) {
		if (columns < 1 || !(vMax > vMin)) throw new IllegalArgumentException("columns >= 1 and vMax > vMin");
		return new PanelGridChart(title, columns, vMin, vMax);
	}

	/** Adds a panel: its title, sample times (ms), voltage (mV) and stimulus, all of the same length. */
	public PanelGridChart panel(final String name, final double[] t, final double[] v, final double[] current) {
		final int col = panels % columns, row = panels / columns;
		final double x0 = col * (WIDTH + GAP), top = -row * PITCH, vBottom = top - TITLE - VOLTAGE;
		final double sBottom = vBottom - STIM_GAP - STIMULUS;
		final double t0 = t.length == 0 ? 0 : t[0], tEnd = t.length == 0 ? 1 : t[t.length - 1];
		final double tSpan = tEnd > t0 ? tEnd - t0 : 1;
		double iMin = Double.POSITIVE_INFINITY, iMax = Double.NEGATIVE_INFINITY;
		for (final double i : current) {
			iMin = Math.min(iMin, i);
			iMax = Math.max(iMax, i);
		}
		final double[][] vs = Envelope.of(t, v, PANEL_COLUMNS), is = Envelope.of(t, current, PANEL_COLUMNS);
		vs[0] = vs[0].clone();
		vs[1] = vs[1].clone();
		is[0] = is[0].clone();
		is[1] = is[1].clone();
		for (int k = 0; k < vs[0].length; k++) {
			vs[0][k] = x0 + WIDTH * (vs[0][k] - t0) / tSpan;
			vs[1][k] = vBottom + VOLTAGE * (vs[1][k] - vMin) / (vMax - vMin);
		}
		for (int k = 0; k < is[0].length; k++) {
			is[0][k] = x0 + WIDTH * (is[0][k] - t0) / tSpan;
			is[1][k] = iMax > iMin ? sBottom + STIMULUS * (is[1][k] - iMin) / (iMax - iMin) : sBottom + STIMULUS / 2;
		}
		data.addSeries(name + " V", vs);
		data.addSeries(name + " I", is);
		labels.add(text(name, x0 + WIDTH / 2, top - TITLE / 2, 11, Font.BOLD, Color.BLACK, TextAnchor.CENTER));
		final double runLength = tEnd - t0 + (t.length > 1 ? t[1] - t[0] : 0);
		labels.add(text(Checks.fmt(runLength) + " ms", x0 + WIDTH, sBottom - SCALE / 2, 9, Font.PLAIN, Color.GRAY,
			TextAnchor.CENTER_RIGHT));
		panels++;
		return this;
	}

	/** The finished chart. */
	public JFreeChart build() {
		final int rows = Math.max(1, (panels + columns - 1) / columns);
		final NumberAxis x = new NumberAxis();
		x.setRange(-GAP / 2, columns * (WIDTH + GAP) - GAP / 2);
		x.setVisible(false);
		final NumberAxis y = new NumberAxis();
		y.setRange(-rows * PITCH, 0);
		y.setVisible(false);
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
		r.setDrawSeriesLineAsPath(true);
		for (int s = 0; s < data.getSeriesCount(); s++) {
			r.setSeriesPaint(s, s % 2 == 0 ? VOLTAGE_COLOR : STIMULUS_COLOR);
			r.setSeriesStroke(s, new BasicStroke(s % 2 == 0 ? 1f : 1.2f));
		}
		final XYPlot plot = new XYPlot(data, x, y, r);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		for (final XYTextAnnotation a : labels)
			r.addAnnotation(a);
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private static XYTextAnnotation text(final String s, final double x, final double y, final int size,
		final int style, final Color color, final TextAnchor anchor)
	{
		final XYTextAnnotation a = new XYTextAnnotation(s, x, y);
		a.setFont(new Font(Font.SANS_SERIF, style, size));
		a.setPaint(color);
		a.setTextAnchor(anchor);
		return a;
	}
}

package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * Builds analysis charts: one or more panels sharing an x-axis (linear or
 * logarithmic), each with lines, markers or bars. Every series gets its own
 * dataset and renderer, so styles mix freely. Data arrays are wrapped, not copied.
 */
public final class XYChartBuilder {

	/** How a series is drawn. */
	public enum Style {
		/** A solid line. */
		LINE,
		/** A dashed line (theory curves). */
		DASHED,
		/** Markers only. */
		MARKERS,
		/** A line with markers. */
		LINE_MARKERS
	}

	/** The most points of a series drawn with markers. */
	public static final int MAX_MARKERS = 500;

	private final String title;
	private final CombinedDomainXYPlot combined;
	private final List<XYPlot> panels = new ArrayList<>();
	private int seriesCount;

	private XYChartBuilder(final String title, final String xLabel, final boolean logX) {
		this.title = title;
		final ValueAxis x = logX ? logAxis(xLabel) : numberAxis(xLabel);
		this.combined = new CombinedDomainXYPlot(x);
		combined.setGap(10);
	}

	/** Starts a chart with the given title and shared x-axis label. */
	public static XYChartBuilder create(final String title, final String xLabel, final boolean logX) {
		return new XYChartBuilder(title, xLabel, logX);
	}

	/** Adds a panel (linear or logarithmic y) with a relative height; later series go into it. */
	public XYChartBuilder panel(final String yLabel, final int weight, final boolean logY) {
		final XYPlot plot = new XYPlot();
		plot.setRangeAxis(logY ? logAxis(yLabel) : numberAxis(yLabel));
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		combined.add(plot, weight);
		panels.add(plot);
		return this;
	}

	/**
	 * Adds a series {@code (x[i], y[i])} drawn in {@code style} to the current panel, decimated for drawing
	 * ({@link Envelope}); more than {@value #MAX_MARKERS} points are drawn as a line without markers.
	 */
	public XYChartBuilder series(final String name, final double[] x, final double[] y, final Style style) {
		final EnvelopeDataset data = new EnvelopeDataset();
		data.add(name, x, y);
		final boolean lines = style != Style.MARKERS;
		final boolean shapes = (style == Style.MARKERS || style == Style.LINE_MARKERS) && data.getItemCount(0) <=
			MAX_MARKERS;
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines || !shapes, shapes);
		r.setDrawSeriesLineAsPath(true);
		r.setSeriesPaint(0, TraceChart.PALETTE[seriesCount % TraceChart.PALETTE.length]);
		r.setSeriesStroke(0, style == Style.DASHED ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f) : new BasicStroke(1.2f));
		r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
		add(data, r);
		return this;
	}

	/** Adds bars from {@code left[i]} to {@code right[i]} of height {@code height[i]} (a histogram). */
	public XYChartBuilder bars(final String name, final double[] left, final double[] right, final double[] height) {
		final double[] mid = new double[left.length], zero = new double[left.length];
		for (int i = 0; i < mid.length; i++)
			mid[i] = 0.5 * (left[i] + right[i]);
		final DefaultIntervalXYDataset data = new DefaultIntervalXYDataset();
		data.addSeries(name, new double[][] { mid, left, right, height, zero, height });
		final XYBarRenderer r = new XYBarRenderer();
		r.setBarPainter(new StandardXYBarPainter());
		r.setShadowVisible(false);
		r.setDrawBarOutline(true);
		r.setSeriesPaint(0, TraceChart.PALETTE[seriesCount % TraceChart.PALETTE.length]);
		r.setSeriesOutlinePaint(0, Color.WHITE);
		add(data, r);
		return this;
	}

	/** Draws a dashed vertical line at {@code x} in the current panel, labelled. */
	public XYChartBuilder verticalLine(final String label, final double x) {
		if (!Double.isFinite(x)) return this;
		final ValueMarker m = new ValueMarker(x, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 3f }, 0f));
		m.setLabel(label);
		m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		current().addDomainMarker(m);
		return this;
	}

	/** Gives the current panel's y-axis whole-number ticks (counts). */
	public XYChartBuilder integerTicks() {
		final org.jfree.chart.axis.ValueAxis axis = current().getRangeAxis();
		if (axis instanceof NumberAxis) ((NumberAxis) axis).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		return this;
	}

	/** Draws a dashed horizontal line at {@code y} in the current panel, labelled. */
	public XYChartBuilder horizontalLine(final String label, final double y) {
		if (!Double.isFinite(y)) return this;
		final ValueMarker m = new ValueMarker(y, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 10f, new float[] { 3f, 3f }, 0f));
		m.setLabel(label);
		m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
		current().addRangeMarker(m);
		return this;
	}

	/** The finished chart (legend shown when there is more than one series). */
	public JFreeChart build() {
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, seriesCount > 1);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private void add(final org.jfree.data.xy.XYDataset data, final XYItemRenderer renderer) {
		final XYPlot plot = current();
		final int index = plot.getDatasetCount() == 1 && plot.getDataset() == null ? 0 : plot.getDatasetCount();
		plot.setDataset(index, data);
		plot.setRenderer(index, renderer);
		seriesCount++;
	}

	private XYPlot current() {
		if (panels.isEmpty()) throw new IllegalStateException("add a panel first");
		return panels.get(panels.size() - 1);
	}

	private static NumberAxis numberAxis(final String label) {
		final NumberAxis a = new NumberAxis(label);
		a.setAutoRangeIncludesZero(false);
		return a;
	}

	private static ValueAxis logAxis(final String label) {
		return DecadeAxis.create(label);
	}
}

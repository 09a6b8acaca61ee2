package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Builds charts of time series stacked in panels sharing one time axis (e.g.
 * the input current above the membrane potential). Data arrays are wrapped,
 * not copied.
 */
public final class TraceChart {

	/** Colours of successive series in a panel. */
	static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(
		0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf) };

	private final String title;
	private final CombinedDomainXYPlot combined;
	private final List<XYPlot> panels = new ArrayList<>();
	private boolean legend;
	/** Series added so far, over all panels: each gets the next palette colour. */
	private int seriesCount;

	private TraceChart(final String title, final String timeLabel) {
		this.title = title;
		final NumberAxis time = new NumberAxis(timeLabel);
		time.setAutoRangeIncludesZero(false);
		time.setLowerMargin(0);
		time.setUpperMargin(0);
		this.combined = new CombinedDomainXYPlot(time);
		combined.setGap(8);
	}

	/** Starts a chart with the given title and shared x-axis label. */
	public static TraceChart create(final String title, final String timeLabel) {
		return new TraceChart(title, timeLabel);
	}

	/** Adds a panel with the given y-axis label and relative height; later series go into it. */
	public TraceChart panel(final String yLabel, final int weight) {
		final NumberAxis y = new NumberAxis(yLabel);
		y.setAutoRangeIncludesZero(false);
		final XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
		lines.setDrawSeriesLineAsPath(true);
		final XYPlot plot = new XYPlot(new EnvelopeDataset(), null, y, lines);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		combined.add(plot, weight);
		panels.add(plot);
		return this;
	}

	/** Adds a line series {@code (x[i], y[i])} to the current panel (drawn decimated, see {@link Envelope}). */
	public TraceChart series(final String name, final double[] x, final double[] y) {
		final XYPlot plot = current();
		final EnvelopeDataset data = (EnvelopeDataset) plot.getDataset();
		final int index = data.getSeriesCount();
		data.add(name, x, y);
		final XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
		r.setSeriesPaint(index, PALETTE[seriesCount++ % PALETTE.length]); // one colour per series of the chart
		r.setSeriesStroke(index, new BasicStroke(1.2f));
		if (index > 0) legend = true;
		return this;
	}

	/** Draws a dashed horizontal line at {@code y} in the current panel, labelled. */
	public TraceChart horizontalLine(final String label, final double y) {
		final ValueMarker m = new ValueMarker(y, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
		m.setLabel(label);
		m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
		current().addRangeMarker(m);
		return this;
	}

	/** Shows the legend even for panels with a single series. */
	public TraceChart legend(final boolean show) {
		legend = show;
		return this;
	}

	/** The finished chart. */
	public JFreeChart build() {
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, legend);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private XYPlot current() {
		if (panels.isEmpty()) throw new IllegalStateException("add a panel first");
		return panels.get(panels.size() - 1);
	}
}

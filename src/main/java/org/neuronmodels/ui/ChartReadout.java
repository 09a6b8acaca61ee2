package org.neuronmodels.ui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.neuronmodels.plot.ChartData;

/**
 * Reads data coordinates off a drawn chart: which panel a point (in Java2D
 * coordinates of the last drawing) falls in, and the x and y values there,
 * for the chart window's crosshair readout.
 */
public final class ChartReadout {

	/** A point in data coordinates: the panel index (0 = top), x and y. */
	public static final class Reading {

		/** The index of the panel the point is in (0 = top). */
		public final int panel;
		/** The x value (shared axis), in the axis unit. */
		public final double x;
		/** The y value of the panel's axis, in its unit. */
		public final double y;

		Reading(final int panel, final double x, final double y) {
			this.panel = panel;
			this.x = x;
			this.y = y;
		}
	}

	private ChartReadout() {}

	/** The data coordinates of {@code point}, or null if it lies outside every data area. */
	public static Reading at(final JFreeChart chart, final ChartRenderingInfo info, final Point2D point) {
		if (info == null || info.getPlotInfo() == null) return null;
		final PlotRenderingInfo plotInfo = info.getPlotInfo();
		final List<XYPlot> panels = ChartData.panels(chart);
		if (panels.isEmpty()) return null;
		final boolean combined = chart.getPlot() instanceof CombinedDomainXYPlot;
		final int index = combined ? plotInfo.getSubplotIndex(point) : 0;
		if (index < 0 || index >= panels.size()) return null;
		final Rectangle2D area = combined ? plotInfo.getSubplotInfo(index).getDataArea() : plotInfo.getDataArea();
		if (area == null || !area.contains(point)) return null;
		final XYPlot panel = panels.get(index);
		final XYPlot xOwner = combined ? (XYPlot) chart.getPlot() : panel;
		final ValueAxis xAxis = xOwner.getDomainAxis();
		final ValueAxis yAxis = panel.getRangeAxis();
		if (xAxis == null || yAxis == null) return null;
		final RectangleEdge xEdge = xOwner.getDomainAxisEdge();
		return new Reading(index, xAxis.java2DToValue(point.getX(), area, xEdge), yAxis.java2DToValue(point
			.getY(), area, panel.getRangeAxisEdge()));
	}

	/** The reading as text, e.g. {@code "Time (ms) = 12.35   V (mV) = -55.2"}; "" when outside. */
	public static String describe(final JFreeChart chart, final Reading r) {
		if (r == null) return "";
		final List<XYPlot> panels = ChartData.panels(chart);
		final XYPlot panel = panels.get(r.panel);
		final XYPlot xOwner = chart.getPlot() instanceof XYPlot ? (XYPlot) chart.getPlot() : panel;
		return label(xOwner.getDomainAxis(), "x") + " = " + number(r.x) + "   " + label(panel.getRangeAxis(),
			"y") + " = " + number(r.y);
	}

	private static String label(final ValueAxis axis, final String fallback) {
		return axis == null || axis.getLabel() == null || axis.getLabel().isEmpty() ? fallback : axis.getLabel();
	}

	private static String number(final double v) {
		return String.format(Locale.ROOT, "%.4g", v);
	}
}

package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;

/**
 * Charts of a sweep: the measure against the first swept parameter (one line
 * per chosen value of the second), and a grid of small voltage-trace panels
 * (columns: values of parameter 1, rows: values of parameter 2).
 */
public final class SweepCharts {

	/** The most lines drawn for the values of parameter 2 in the measure chart. */
	public static final int MAX_LINES = 8;

	private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

	private SweepCharts() {}

	/**
	 * The measure against parameter 1 (a log axis for log spacing); for a 2-D sweep,
	 * one line for each of up to {@value #MAX_LINES} values of parameter 2.
	 */
	public static JFreeChart measureChart(final SweepResult result, final String measure, final String unit1,
		final String unit2, final String title)
	{
		final SweepGrid grid = result.grid();
		final double[] values = result.values(measure);
		final int[] rows = chartRows(grid);
		final double[][] y = new double[rows.length][grid.width()];
		for (int s = 0; s < rows.length; s++)
			for (int i = 0; i < grid.width(); i++)
				y[s][i] = values[grid.index(i, rows[s])];
		return measureChart(grid, rows, y, measure, result.unit(measure), unit1, unit2, title);
	}

	/** The values of parameter 2 (their indices) that {@link #measureChart} draws a line for. */
	public static int[] chartRows(final SweepGrid grid) {
		return grid.axis2() == null ? new int[] { 0 } : spread(grid.height(), MAX_LINES);
	}

	/**
	 * The measure chart from its lines alone (for a sweep too big to hold): {@code y[s][i]} is the measure
	 * at value {@code i} of parameter 1 and value {@code rows[s]} of parameter 2 ({@link #chartRows}).
	 */
	public static JFreeChart measureChart(final SweepGrid grid, final int[] rows, final double[][] y,
		final String measure, final String measureUnit, final String unit1, final String unit2, final String title)
	{
		final EnvelopeDataset data = new EnvelopeDataset();
		for (int s = 0; s < rows.length; s++) {
			final int j = rows[s];
			final double[] x = new double[grid.width()];
			for (int i = 0; i < grid.width(); i++)
				x[i] = grid.axis1().value(i);
			final String name = grid.axis2() == null ? measure : grid.axis2().parameter() + " = " + Checks.fmt(grid
				.axis2().value(j)) + (unit2.isEmpty() ? "" : " " + unit2);
			data.add(name, x, y[s]);
		}
		final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, data.getItemCount(0) <=
			XYChartBuilder.MAX_MARKERS / rows.length);
		renderer.setDrawSeriesLineAsPath(true);
		for (int s = 0; s < rows.length; s++) {
			renderer.setSeriesPaint(s, TraceChart.PALETTE[s % TraceChart.PALETTE.length]);
			renderer.setSeriesStroke(s, new BasicStroke(1.4f));
		}
		final XYPlot plot = new XYPlot(data, axis(grid.axis1(), unit1), new NumberAxis(header(measure, measureUnit)),
			renderer);
		style(plot);
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, rows.length > 1);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	/**
	 * Small panels of the traced points' voltage: one column per value of
	 * parameter 1, one row per value of parameter 2, rows sharing the voltage axis;
	 * null if no point has a trace.
	 */
	public static JFreeChart traceGrid(final SweepResult result, final String unit1, final String unit2,
		final String title)
	{
		final int[] points = result.tracePoints();
		if (points.length == 0 || result.traceTime(0) == null) return null;
		final SweepGrid grid = result.grid();
		final int columns = countColumns(points, grid);
		final int rowsCount = points.length / columns;
		final NumberAxis hidden = new NumberAxis();
		hidden.setVisible(false);
		final CombinedDomainXYPlot rows = new CombinedDomainXYPlot(hidden);
		rows.setGap(6);
		for (int r = 0; r < rowsCount; r++) {
			final NumberAxis v = new NumberAxis("V (mV)");
			v.setAutoRangeIncludesZero(false);
			v.setLabelFont(SMALL);
			v.setTickLabelFont(SMALL);
			final CombinedRangeXYPlot row = new CombinedRangeXYPlot(v);
			row.setGap(6);
			for (int c = 0; c < columns; c++) {
				final int k = r * columns + c;
				final int p = points[k];
				final EnvelopeDataset data = new EnvelopeDataset(Math.max(100, Envelope.COLUMNS / columns));
				data.add(point(grid, p, unit1, unit2), result.traceTime(k), result.traceVoltage(k));
				final NumberAxis t = new NumberAxis(r == rowsCount - 1 ? "Time (ms)" : null);
				t.setLabelFont(SMALL);
				t.setTickLabelFont(SMALL);
				t.setLowerMargin(0);
				t.setUpperMargin(0);
				final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
				renderer.setDrawSeriesLineAsPath(true);
				renderer.setSeriesPaint(0, TraceChart.PALETTE[0]);
				renderer.setSeriesStroke(0, new BasicStroke(0.8f));
				final XYPlot panel = new XYPlot(data, t, null, renderer);
				style(panel);
				panel.addAnnotation(label(point(grid, p, unit1, unit2), result.traceTime(k)));
				row.add(panel, 1);
			}
			rows.add(row, 1);
		}
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, rows, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.addSubtitle(new TextTitle(describe(grid, unit1, unit2), SMALL));
		return chart;
	}

	// -- Helper methods --

	private static org.jfree.chart.annotations.XYTitleAnnotation label(final String text, final double[] t) {
		final TextTitle title = new TextTitle(text, SMALL);
		title.setBackgroundPaint(new Color(255, 255, 255, 200));
		return new org.jfree.chart.annotations.XYTitleAnnotation(0.02, 0.98, title,
			org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
	}

	private static int countColumns(final int[] points, final SweepGrid grid) {
		final int firstRow = points[0] / grid.width();
		int c = 0;
		while (c < points.length && points[c] / grid.width() == firstRow)
			c++;
		return c;
	}

	private static String point(final SweepGrid grid, final int p, final String unit1, final String unit2) {
		String s = grid.axis1().parameter() + " = " + Checks.fmt(grid.value1(p)) + (unit1.isEmpty() ? "" : " " + unit1);
		if (grid.axis2() != null) s += ", " + grid.axis2().parameter() + " = " + Checks.fmt(grid.value2(p)) + (unit2
			.isEmpty() ? "" : " " + unit2);
		return s;
	}

	private static String describe(final SweepGrid grid, final String unit1, final String unit2) {
		String s = "columns: " + grid.axis1().parameter() + (unit1.isEmpty() ? "" : " (" + unit1 + ")");
		if (grid.axis2() != null) s += "; rows: " + grid.axis2().parameter() + (unit2.isEmpty() ? "" : " (" + unit2 +
			")");
		return s;
	}

	private static ValueAxis axis(final SweepAxis axis, final String unit) {
		final String label = header(axis.parameter(), unit);
		if (axis.spacing() == SweepAxis.Spacing.LOG) {
			return DecadeAxis.create(label + ", log scale");
		}
		final NumberAxis x = new NumberAxis(label);
		x.setAutoRangeIncludesZero(false);
		return x;
	}

	private static String header(final String name, final String unit) {
		return unit == null || unit.isEmpty() ? name : name + " (" + unit + ")";
	}

	private static void style(final XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
	}

	private static int[] spread(final int n, final int k) {
		final int m = Math.min(n, k);
		final int[] out = new int[m];
		for (int a = 0; a < m; a++)
			out[a] = m == 1 ? 0 : (int) Math.round(a * (n - 1) / (double) (m - 1));
		return out;
	}
}

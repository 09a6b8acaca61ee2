package org.neuronmodels.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/**
 * The data a chart plots (e.g. LIF voltage with the drawn spike peaks), at
 * full resolution even where it is drawn decimated, as records for export as CSV ({@code io.ChartFiles}):
 * every series of every XY panel. When all
 * series share the same x values the table is wide (one x column, one column
 * per series); otherwise it is long (series, x, y).
 */
public final class ChartData {

	private static final Pattern UNIT = Pattern.compile("\\(([^()]+)\\)\\s*$");

	private ChartData() {}

	/** The XY panels of the chart: the subplots of a combined plot, or the plot itself. */
	public static List<XYPlot> panels(final JFreeChart chart) {
		final Plot plot = chart.getPlot();
		if (plot instanceof CombinedDomainXYPlot) return ((CombinedDomainXYPlot) plot).getSubplots();
		if (plot instanceof XYPlot) return Collections.singletonList((XYPlot) plot);
		return Collections.emptyList();
	}

	/** The plotted data of every series as records (header first): numbers as Doubles, names as Strings. */
	public static List<List<Object>> table(final JFreeChart chart) {
		final List<String> names = new ArrayList<>();
		final List<double[][]> series = new ArrayList<>(); // {x, y}
		String xLabel = "x";
		for (final XYPlot panel : panels(chart)) {
			final ValueAxis domain = panel.getDomainAxis();
			if (domain != null && domain.getLabel() != null) xLabel = domain.getLabel();
			final String yLabel = panel.getRangeAxis() == null ? null : panel.getRangeAxis().getLabel();
			for (int d = 0; d < panel.getDatasetCount(); d++) {
				final XYDataset data = panel.getDataset(d);
				if (data == null) continue;
				for (int s = 0; s < data.getSeriesCount(); s++) {
					names.add(columnName(String.valueOf(data.getSeriesKey(s)), yLabel, data.getSeriesCount()));
					series.add(values(data, s));
				}
			}
		}
		final List<List<Object>> records = new ArrayList<>();
		if (sharedX(series)) {
			final List<Object> header = new ArrayList<>();
			header.add(xLabel);
			header.addAll(names);
			records.add(header);
			final int rows = series.isEmpty() ? 0 : series.get(0)[0].length;
			for (int i = 0; i < rows; i++) {
				final List<Object> row = new ArrayList<>();
				row.add(series.get(0)[0][i]);
				for (final double[][] xy : series)
					row.add(xy[1][i]);
				records.add(row);
			}
			return records;
		}
		records.add(Arrays.asList("Series", xLabel, "Value"));
		for (int k = 0; k < series.size(); k++) {
			final double[][] xy = series.get(k);
			for (int i = 0; i < xy[0].length; i++)
				records.add(Arrays.asList(names.get(k), xy[0][i], xy[1][i]));
		}
		return records;
	}

	// -- Helper methods --

	/** A panel's only series is named after its axis ("V (mV)"); several get the axis unit ("n3 (mV)"). */
	private static String columnName(final String series, final String yLabel, final int seriesInPanel) {
		if (yLabel == null || yLabel.isEmpty()) return series;
		if (seriesInPanel == 1) return yLabel;
		final Matcher m = UNIT.matcher(yLabel);
		return m.find() ? series + " (" + m.group(1) + ")" : series;
	}

	private static double[][] values(final XYDataset data, final int s) {
		if (data instanceof EnvelopeDataset) return ((EnvelopeDataset) data).full(s); // all samples, not the drawn ones
		final int n = data.getItemCount(s);
		final double[][] xy = new double[2][n];
		for (int i = 0; i < n; i++) {
			xy[0][i] = data.getXValue(s, i);
			xy[1][i] = data.getYValue(s, i);
		}
		return xy;
	}

	private static boolean sharedX(final List<double[][]> series) {
		for (int k = 1; k < series.size(); k++)
			if (!Arrays.equals(series.get(0)[0], series.get(k)[0])) return false;
		return true;
	}
}

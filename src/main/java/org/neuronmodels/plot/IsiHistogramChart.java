package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;

/** The interspike-interval histogram of a spike train, with its summary statistics in the title. */
public final class IsiHistogramChart {

	private IsiHistogramChart() {}

	/** Bars of ISI counts per bin; the title gives the rate, mean ISI, CV and Fano factor. */
	public static JFreeChart of(final SpikeTrainStatistics s, final String title) {
		final double[] left = s.binStarts();
		final double[] right = new double[left.length];
		for (int j = 0; j < right.length; j++)
			right[j] = left[j] + s.binWidth();
		final String subtitle = s.spikeCount() + " spikes, " + Checks.fmt(round(s.rate())) + " Hz, mean ISI " + Checks
			.fmt(round(s.meanIsi())) + " ms, CV " + Checks.fmt(round(s.cv())) + ", Fano " + Checks.fmt(round(s.fano())) +
			" (" + Checks.fmt(s.countWindow()) + " ms)";
		return XYChartBuilder.create(title + ": " + subtitle, "ISI (ms)", false) //
			.panel("Count", 1, false).integerTicks().bars("ISIs per " + Checks.fmt(s.binWidth()) + " ms bin", left, right, s
				.binCounts()).build();
	}

	private static double round(final double x) {
		return Double.isFinite(x) ? Math.round(x * 1000) / 1000.0 : x;
	}
}

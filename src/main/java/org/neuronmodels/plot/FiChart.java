package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiSummary;
import org.neuronmodels.plot.XYChartBuilder.Style;

/** The chart of an f–I curve: simulated rates, interpolated rates and theory, with the rheobase marked. */
public final class FiChart {

	private FiChart() {}

	/** Rate (Hz) against current; theory dashed, the simulated rheobase as a vertical line. */
	public static JFreeChart of(final FiCurve c) {
		final double[] x = c.currents();
		return chart(c.model(), c.protocol(), c.currentUnit(), x.length, new double[][] { x, c.rates() }, c
			.interpolatedRates() == null ? null : new double[][] { x, c.interpolatedRates() }, c.theoryRates() == null
				? null : new double[][] { x, c.theoryRates() }, c.rheobase());
	}

	/**
	 * The same chart for a streamed curve of any size, from its decimated curves (min/max envelope per
	 * pixel column, so no peak disappears); the full rows are in its data file.
	 */
	public static JFreeChart of(final FiSummary s) {
		return chart(s.model(), s.protocol(), s.currentUnit(), s.currents(), s.rateCurve(), s.interpolatedCurve(), s
			.theoryCurve(), s.rheobase());
	}

	private static JFreeChart chart(final String model, final String protocol, final String unit, final int n,
		final double[][] rates, final double[][] interpolated, final double[][] theory, final double rheobase)
	{
		final XYChartBuilder b = XYChartBuilder.create(model + " f-I curve (" + protocol + ")", "Current (" + unit +
			")", false).panel("Rate (Hz)", 1, false);
		b.series("simulated", rates[0], rates[1], n <= 200 ? Style.LINE_MARKERS : Style.LINE);
		if (interpolated != null) {
			b.series("simulated, interpolated spike times", interpolated[0], interpolated[1], Style.LINE);
		}
		if (theory != null) b.series("theory", theory[0], theory[1], Style.DASHED);
		return b.verticalLine("rheobase", rheobase).build();
	}
}

package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.plot.XYChartBuilder.Style;

/** The chart of an f–I curve: simulated rates, interpolated rates and theory, with the rheobase marked. */
public final class FiChart {

	private FiChart() {}

	/** Rate (Hz) against current; theory dashed, the simulated rheobase as a vertical line. */
	public static JFreeChart of(final FiCurve curve) {
		final XYChartBuilder b = XYChartBuilder.create(curve.model() + " f-I curve (" + curve.protocol() + ")",
			"Current (" + curve.currentUnit() + ")", false).panel("Rate (Hz)", 1, false);
		b.series("simulated", curve.currents(), curve.rates(), curve.currents().length <= 200 ? Style.LINE_MARKERS
			: Style.LINE);
		if (curve.interpolatedRates() != null) {
			b.series("simulated, interpolated spike times", curve.currents(), curve.interpolatedRates(), Style.LINE);
		}
		if (curve.theoryRates() != null) b.series("theory", curve.currents(), curve.theoryRates(), Style.DASHED);
		return b.verticalLine("rheobase", curve.rheobase()).build();
	}
}

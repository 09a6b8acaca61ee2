package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.plot.XYChartBuilder.Style;

/** A Bode chart: gain (log–log) above phase, against log frequency; simulation as markers, theory as lines. */
public final class BodeChart {

	private BodeChart() {}

	/** The Bode chart of a frequency response with the analytic low-pass overlaid. */
	public static JFreeChart of(final FrequencyResponse r, final String title) {
		return XYChartBuilder.create(title, "Frequency (Hz)", true) //
			.panel("Gain (MΩ)", 1, true) //
			.series("theory: R/√(1+(ωτ)²)", r.frequencies(), r.theoryGain(), Style.LINE) //
			.series("simulated gain", r.frequencies(), r.gain(), Style.MARKERS) //
			.panel("Phase (°)", 1, false) //
			.series("theory: −atan(ωτ)", r.frequencies(), r.theoryPhase(), Style.LINE) //
			.series("simulated phase", r.frequencies(), r.phase(), Style.MARKERS) //
			.build();
	}
}

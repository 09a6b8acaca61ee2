package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.LifFit;

/** The recorded trace with the fitted LIF neuron's free re-simulation overlaid. */
public final class FitChart {

	private FitChart() {}

	/** Current above; data and model voltage below, with the fitted threshold as a dashed line. */
	public static JFreeChart of(final LifFit fit) {
		final double[] t = fit.trace().time();
		final TraceChart chart = TraceChart.create("LIF fit: V_rest " + fmt(fit.vRest()) + ", V_reset " + fmt(fit
			.vReset()) + ", V_th " + fmt(fit.vThreshold()) + " mV, R " + fmt(fit.resistance()) + " MΩ, τ " + fmt(fit
				.tauM()) + " ms, t_ref " + fmt(fit.tRef()) + " ms; RMS error " + fmt(fit.fitError()) + " mV", "Time (ms)") //
			.panel("I (nA)", 1).series("I", t, fit.trace().current()) //
			.panel("V (mV)", 3).series("data", t, fit.trace().voltage()).series("fitted LIF", t, fit.modelVoltage())
			.legend(true);
		if (Double.isFinite(fit.vThreshold())) chart.horizontalLine("fitted threshold", fit.vThreshold());
		return chart.build();
	}

	private static String fmt(final double x) {
		return Double.isFinite(x) ? Checks.fmt(Math.round(x * 100) / 100.0) : "n/a";
	}
}

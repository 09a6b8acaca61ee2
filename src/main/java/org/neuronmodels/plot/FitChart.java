package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.plot.XYChartBuilder.Style;

/** The recorded trace with the fitted LIF neuron's free re-simulation overlaid (dashed). */
public final class FitChart {

	private FitChart() {}

	/** Current above; data and model voltage below, with the fitted threshold as a dashed line. */
	public static JFreeChart of(final LifFit fit) {
		final double[] t = fit.trace().time();
		final String title = "LIF fit: V_rest " + fmt(fit.vRest()) + ", V_reset " + fmt(fit.vReset()) + ", V_th " +
			fmt(fit.vThreshold()) + " mV, R " + fmt(fit.resistance()) + " MΩ, τ_m " + fmt(fit.tauM()) + " ms, t_ref " +
			fmt(fit.tRef()) + " ms; RMS error " + fmt(fit.fitError()) + " mV";
		return XYChartBuilder.create(title, "Time (ms)", false) //
			.panel("I (nA)", 1, false).series("injected current", t, fit.trace().current(), Style.LINE) //
			.panel("V (mV)", 3, false).series("recorded V", t, fit.trace().voltage(), Style.LINE) //
			.series("fitted LIF, free run", t, fit.modelVoltage(), Style.DASHED) //
			.horizontalLine("fitted threshold", fit.vThreshold()).build();
	}

	private static String fmt(final double x) {
		return Double.isFinite(x) ? Checks.fmt(Math.round(x * 100) / 100.0) : "n/a";
	}
}

package org.neuronmodels.plot;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.PopulationRates;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.record.Traces;
import org.neuronmodels.core.sim.SimulationResult;

/**
 * The charts of simulation results (assembled here, not in the service): the
 * input current and voltage of the first recorded neuron with any further state
 * variables, the Hodgkin–Huxley gates and currents, Izhikevich traces, phase
 * plane and gallery, and a network's population rate.
 */
public final class ResultCharts {

	/** The Izhikevich current unit as a short axis label. */
	public static final String IZHIKEVICH_CURRENT_AXIS = "pA-like";

	private ResultCharts() {}

	/** Input current above, voltage below (spikes drawn up to {@code spikePeak} mV unless NaN, threshold line unless NaN). */
	public static JFreeChart voltage(final SimulationResult result, final String title, final String currentUnit,
		final double threshold, final double spikePeak)
	{
		final TraceChart chart = currentAndVoltage(result, title, currentUnit, spikePeak);
		if (!Double.isNaN(threshold)) chart.horizontalLine("threshold", threshold);
		return chart.build();
	}

	/** As {@link #voltage}, with labelled horizontal lines and one more panel per further state variable. */
	public static JFreeChart stateVariables(final SimulationResult result, final String title,
		final String currentUnit, final double spikePeak, final String[] lineLabels, final double[] lineValues)
	{
		final TraceChart chart = currentAndVoltage(result, title, currentUnit, spikePeak);
		for (int k = 0; k < lineValues.length; k++)
			if (!Double.isNaN(lineValues[k])) chart.horizontalLine(lineLabels[k], lineValues[k]);
		final TraceRecord tr = result.traces();
		final String[] names = tr.variables(), units = tr.units();
		for (int k = 1; k < names.length; k++) {
			final String label = units[k].isEmpty() ? names[k] : names[k] + " (" + units[k] + ")";
			chart.panel(label, 1).series(names[k], tr.time(), tr.values(k, 0));
		}
		return chart.build();
	}

	/** Hodgkin–Huxley: current, voltage (detection level unless NaN), gates and ionic currents. */
	public static JFreeChart hh(final SimulationResult result, final String title, final double spikeThreshold) {
		final TraceRecord tr = result.traces();
		final double[] t = tr.time();
		final TraceChart chart = TraceChart.create(title, "Time (ms)") //
			.panel("I (µA/cm²)", 1).series("I", t, tr.current(0)) //
			.panel("V (mV)", 3).series("V", t, tr.voltage(0));
		if (!Double.isNaN(spikeThreshold)) chart.horizontalLine("detection level", spikeThreshold);
		return chart.panel("gates", 2).series("m", t, tr.values("m", 0)).series("h", t, tr.values("h", 0)).series(
			"n", t, tr.values("n", 0)) //
			.panel("I_ion (µA/cm²)", 2).series("I_Na", t, tr.values("I_Na", 0)).series("I_K", t, tr.values("I_K", 0))
			.series("I_L", t, tr.values("I_L", 0)).build();
	}

	/** Izhikevich: voltage above, input current below. */
	public static JFreeChart izhikevich(final SimulationResult result, final String title) {
		final TraceRecord tr = result.traces();
		final double[] t = tr.time();
		return TraceChart.create(title, "Time (ms)") //
			.panel("V (mV)", 3).series("V", t, tr.voltage(0)) //
			.panel("I (" + IZHIKEVICH_CURRENT_AXIS + ")", 1).series("I", t, tr.current(0)).build();
	}

	/** The (V, w) phase plane of a Morris-Lecar run: the nullclines and the trajectory that {@code plane} holds. */
	public static JFreeChart morrisLecarPhasePlane(final String title,
		final org.neuronmodels.core.morrislecar.MorrisLecarPhasePlane plane)
	{
		final LineChart chart = LineChart.create(title, "V (mV)", "w");
		for (int i = 0; i < plane.size(); i++)
			chart.line(plane.name(i), plane.v(i), plane.w(i));
		return chart.build();
	}

	/** The (v, u) trajectory with the v-nullcline at the starting current and at the current farthest from it. */
	public static JFreeChart izhikevichPhasePlane(final String title, final IzhikevichCell cell,
		final SimulationResult result)
	{
		final TraceRecord tr = result.traces();
		final double[] current = tr.current(0);
		double base = current.length == 0 ? 0 : current[0], drive = base;
		for (final double i : current)
			if (Math.abs(i - base) > Math.abs(drive - base)) drive = i;
		final double[] currents = drive == base ? new double[] { base } : new double[] { base, drive };
		return PhasePlaneChart.create(title, cell, tr.voltage(0), tr.values("u", 0), currents,
			IZHIKEVICH_CURRENT_AXIS);
	}

	/** Izhikevich (2004) Fig. 1: one panel per neuron type. */
	public static JFreeChart izhikevichGallery(final IzhikevichGallery gallery) {
		final PanelGridChart chart = PanelGridChart.create("Izhikevich (2004) Fig. 1, " + gallery.integration()
			.label() + " integration", 4, -90, 30);
		for (int i = 0; i < gallery.presets().size(); i++) {
			final TraceRecord tr = gallery.results().get(i).traces();
			chart.panel(gallery.presets().get(i).label(), tr.time(), tr.voltage(0), tr.current(0));
		}
		return chart.build();
	}

	/** A network's population rate smoothed over {@code windowMs}, at most about 2000 points. */
	public static JFreeChart populationRate(final NetworkResult result, final double windowMs, final String title) {
		final double[][] rate = rate(result, windowMs);
		return RateChart.create(title, rate[0], rate[1]);
	}

	/** The spikes as dots (time × neuron) above the population rate smoothed over {@code windowMs}. */
	public static JFreeChart rasterAndRate(final NetworkResult result, final double windowMs, final String title) {
		final double[][] rate = rate(result, windowMs);
		return RasterChart.create(title, result.spikes(), result.grid().duration(), rate[0], rate[1]);
	}

	/** The smoothed population rate {@code {time, Hz}}, sampled every fifth of the window (or ~2000 points). */
	private static double[][] rate(final NetworkResult result, final double windowMs) {
		final double dt = result.grid().dt();
		final double[] rate = PopulationRates.populationRate(result.spikes(), result.grid().duration(), dt,
			windowMs);
		// the smoothed rate changes little within a fifth of the window
		final int stride = Math.max(1, Math.max((int) (windowMs / dt / 5), rate.length / 2000));
		final int points = (rate.length + stride - 1) / stride;
		final double[] time = new double[points], shown = new double[points];
		for (int p = 0; p < points; p++) {
			time[p] = (p * stride + 1) * dt;
			shown[p] = rate[p * stride];
		}
		return new double[][] { time, shown };
	}

	private static TraceChart currentAndVoltage(final SimulationResult result, final String title,
		final String currentUnit, final double spikePeak)
	{
		final TraceRecord tr = result.traces();
		final double[] t = tr.time();
		double[] v = tr.voltage(0);
		if (!Double.isNaN(spikePeak)) v = Traces.withSpikePeaks(t, v, result.spikes().timesOf(tr.neurons()[0]), spikePeak);
		return TraceChart.create(title, "Time (ms)") //
			.panel("I (" + currentUnit + ")", 1).series("I", t, tr.current(0)) //
			.panel("V (mV)", 2).series("V", t, v);
	}
}

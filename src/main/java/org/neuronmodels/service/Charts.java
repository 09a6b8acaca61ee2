package org.neuronmodels.service;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.plot.BodeChart;
import org.neuronmodels.plot.FiChart;
import org.neuronmodels.plot.FitChart;
import org.neuronmodels.plot.IsiHistogramChart;
import org.neuronmodels.plot.LineChart;
import org.neuronmodels.plot.ResultCharts;

/**
 * The charts of results, reached as {@code neuron.charts()}: each method hands
 * the result to the {@code plot} class that lays the chart out.
 */
public final class Charts {

	Charts() {}

	/** An empty line chart to fill with {@code line(name, x, y)} and {@code points(name, x, y)}, then {@code build()}. */
	public LineChart line(final String title, final String xLabel, final String yLabel) {
		return LineChart.create(title, xLabel, yLabel);
	}

	/**
	 * Neuron 0 of a run: input current above, voltage below with the threshold line ({@code threshold} mV)
	 * and spikes drawn up to {@code spikePeak} mV (NaN: not drawn).
	 */
	public JFreeChart voltage(final SimulationResult result, final String title, final String currentUnit,
		final double threshold, final double spikePeak)
	{
		return ResultCharts.voltage(result, title, currentUnit, threshold, spikePeak);
	}

	/**
	 * Neuron 0 of a run: input current, voltage with dashed lines at {@code lineValues} mV labelled
	 * {@code lineLabels} and spikes up to {@code spikePeak} mV (NaN: not drawn), then one panel per further
	 * state variable in its unit.
	 */
	public JFreeChart stateVariables(final SimulationResult result, final String title, final String currentUnit,
		final double spikePeak, final String[] lineLabels, final double[] lineValues)
	{
		return ResultCharts.stateVariables(result, title, currentUnit, spikePeak, lineLabels, lineValues);
	}

	/** Neuron 0 of a Hodgkin-Huxley run: current, voltage (detection level; NaN: none), gates and ionic currents. */
	public JFreeChart hodgkinHuxley(final SimulationResult result, final String title, final double spikeThreshold) {
		return ResultCharts.hh(result, title, spikeThreshold);
	}

	/** An Izhikevich run: the voltage (spikes drawn at their 30 mV peak) above the stimulus. */
	public JFreeChart izhikevich(final SimulationResult result, final String title) {
		return ResultCharts.izhikevich(result, title);
	}

	/** The (v, u) phase plane of a run of {@code preset}: both nullclines and the trajectory. */
	public JFreeChart izhikevichPhasePlane(final IzhikevichPreset preset, final SimulationResult result) {
		return ResultCharts.izhikevichPhasePlane(preset.label() + ": phase plane", preset.cell(), result);
	}

	/** The (V, w) phase plane of neuron 0 of a Morris-Lecar run of {@code model}: nullclines and trajectory. */
	public JFreeChart morrisLecarPhasePlane(final ModelRun model, final SimulationResult result, final String title) {
		final org.neuronmodels.core.record.TraceRecord tr = result.traces();
		return ResultCharts.morrisLecarPhasePlane(title, org.neuronmodels.core.morrislecar.MorrisLecarPhasePlane.of(
			model.setup().parameters(), tr.voltage(0), tr.values("w", 0), tr.current(0)));
	}

	/** The Izhikevich (2004) gallery as one 4 × 5 figure, as the paper's Fig. 1. */
	public JFreeChart izhikevichGallery(final IzhikevichGallery gallery) {
		return ResultCharts.izhikevichGallery(gallery);
	}

	/** Spike dots (time × neuron) of a network run above its population rate smoothed over {@code windowMs}. */
	public JFreeChart networkRaster(final NetworkResult result, final double windowMs, final String title) {
		return ResultCharts.rasterAndRate(result, windowMs, title);
	}

	/** The population rate (Hz) of a network run, smoothed by a centred moving average {@code windowMs} wide. */
	public JFreeChart populationRate(final NetworkResult result, final double windowMs, final String title) {
		return ResultCharts.populationRate(result, windowMs, title);
	}

	/** An f–I curve: rates against current, theory dashed, rheobase marked. */
	public JFreeChart fiCurve(final FiCurve curve) {
		return FiChart.of(curve);
	}

	/** A streamed f–I curve (its decimated curves; theory dashed, rheobase marked). */
	public JFreeChart fiCurve(final org.neuronmodels.core.sweep.FiSummary summary) {
		return FiChart.of(summary);
	}

	/** The ISI histogram, titled with the rate, mean ISI, CV and Fano factor. */
	public JFreeChart isiHistogram(final SpikeTrainStatistics statistics, final String title) {
		return IsiHistogramChart.of(statistics, title);
	}

	/** Gain and phase against frequency with the analytic low-pass overlaid. */
	public JFreeChart bode(final FrequencyResponse response, final String title) {
		return BodeChart.of(response, title);
	}

	/** The same, titled with the passive LIF membrane's resistance (MΩ) and time constant (ms). */
	public JFreeChart bode(final FrequencyResponse response, final double resistance, final double tauM) {
		return bode(response, "Passive LIF membrane (R " + org.neuronmodels.core.Checks.fmt(resistance) + " MΩ, τ_m " +
			org.neuronmodels.core.Checks.fmt(tauM) + " ms)");
	}

	/** A recorded trace with the fitted LIF neuron's free re-simulation overlaid. */
	public JFreeChart lifFit(final LifFit fit) {
		return FitChart.of(fit);
	}
}

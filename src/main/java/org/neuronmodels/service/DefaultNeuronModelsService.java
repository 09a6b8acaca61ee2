package org.neuronmodels.service;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.record.Traces;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.plot.TraceChart;
import org.neuronmodels.table.Tables;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** Default implementation of {@link NeuronModelsService}. */
@Plugin(type = Service.class)
public class DefaultNeuronModelsService extends AbstractService implements NeuronModelsService {

	@Override
	public SimulationResult simulateLif(final LifParameters parameters, final LifIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return LifSimulation.run(parameters, integrator, dt, duration, stimulus, monitor);
	}

	@Override
	public JFreeChart voltageChart(final SimulationResult result, final String title, final String currentUnit,
		final double threshold, final double spikePeak)
	{
		final TraceRecord tr = result.traces();
		final double[] t = tr.time();
		double[] v = tr.voltage(0);
		if (!Double.isNaN(spikePeak)) {
			v = Traces.withSpikePeaks(t, v, result.spikes().timesOf(tr.neurons()[0]), spikePeak);
		}
		final TraceChart chart = TraceChart.create(title, "Time (ms)") //
			.panel("I (" + currentUnit + ")", 1).series("I", t, tr.current(0)) //
			.panel("V (mV)", 2).series("V", t, v);
		if (!Double.isNaN(threshold)) chart.horizontalLine("threshold", threshold);
		return chart.build();
	}

	@Override
	public CalibratedImg raster(final SimulationResult result, final double binMs, final String title) {
		return Rasters.raster(result.spikes(), result.grid().duration(), binMs, title);
	}

	@Override
	public ResultsTable spikeTable(final SimulationResult result) {
		return Tables.spikes(result.spikes());
	}

	@Override
	public ResultsTable traceTable(final SimulationResult result, final String currentUnit) {
		return Tables.traces(result.traces(), 0, currentUnit);
	}

	@Override
	public org.neuronmodels.core.network.Network buildNetwork(
		final org.neuronmodels.core.network.NetworkSettings settings)
	{
		return org.neuronmodels.core.network.NetworkPresets.build(settings);
	}

	@Override
	public org.neuronmodels.core.network.NetworkResult simulateNetwork(
		final org.neuronmodels.core.network.Network network, final org.neuronmodels.core.network.NetworkSettings settings,
		final ProgressMonitor monitor)
	{
		return org.neuronmodels.core.network.NetworkSimulation.run(network, settings.duration, settings.dt,
			settings.threads, settings.seed, monitor);
	}

	@Override
	public CalibratedImg networkRaster(final org.neuronmodels.core.network.NetworkResult result, final double binMs,
		final String title)
	{
		return Rasters.raster(result.spikes(), result.grid().duration(), binMs, title);
	}

	@Override
	public JFreeChart populationRateChart(final org.neuronmodels.core.network.NetworkResult result,
		final double windowMs, final String title)
	{
		final double dt = result.grid().dt();
		final double[] rate = org.neuronmodels.core.network.SpikeTrainStatistics.populationRate(result.spikes(), result
			.grid().duration(), dt, windowMs);
		// at most ~2000 points: the smoothed rate changes little within a fifth of the window
		final int stride = Math.max(1, Math.max((int) (windowMs / dt / 5), rate.length / 2000));
		final int points = (rate.length + stride - 1) / stride;
		final double[] time = new double[points], shown = new double[points];
		for (int p = 0; p < points; p++) {
			time[p] = (p * stride + 1) * dt;
			shown[p] = rate[p * stride];
		}
		return org.neuronmodels.plot.RateChart.create(title, time, shown);
	}

	@Override
	public ResultsTable neuronRateTable(final org.neuronmodels.core.network.NetworkResult result) {
		return Tables.neuronRates(result);
	}

	@Override
	public CalibratedImg connectivityImage(final org.neuronmodels.core.network.Network network, final String title) {
		return org.neuronmodels.image.ConnectivityImages.toImage(network, title);
	}
}

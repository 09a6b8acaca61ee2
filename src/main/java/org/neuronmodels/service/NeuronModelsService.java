package org.neuronmodels.service;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.image.CalibratedImg;
import org.scijava.service.SciJavaService;

/**
 * The scripting entry point of Neuron Models: run models, and turn results
 * into charts, images and tables. Scripts get it with
 * {@code #@ NeuronModelsService neuron}.
 */
public interface NeuronModelsService extends SciJavaService {

	/** Runs a LIF population (traces of neuron 0) for {@code duration} ms with step {@code dt}. */
	SimulationResult simulateLif(LifParameters parameters, LifIntegrator integrator, double dt, double duration,
		Stimulus stimulus, ProgressMonitor monitor);

	/** Runs a LIF population without progress reporting. */
	default SimulationResult simulateLif(final LifParameters parameters, final LifIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus)
	{
		return simulateLif(parameters, integrator, dt, duration, stimulus, ProgressMonitor.NONE);
	}

	/**
	 * A chart of the first recorded neuron: input current above, voltage below
	 * with the threshold line and spikes drawn up to {@code spikePeak} mV (NaN: not drawn).
	 */
	JFreeChart voltageChart(SimulationResult result, String title, String currentUnit, double threshold,
		double spikePeak);

	/** The spike raster as a calibrated image: x = time bins of {@code binMs} ms, y = neuron. */
	CalibratedImg raster(SimulationResult result, double binMs, String title);

	/** The spikes as a results table (neuron, time in ms). */
	ResultsTable spikeTable(SimulationResult result);

	/** The traces of the first recorded neuron as a results table with units in the headers. */
	ResultsTable traceTable(SimulationResult result, String currentUnit);

	/** Builds the network of resolved spiking-network settings (a preset or Custom). */
	org.neuronmodels.core.network.Network buildNetwork(org.neuronmodels.core.network.NetworkSettings settings);

	/** Runs a network with the duration, dt, threads and seed of resolved {@code settings}. */
	org.neuronmodels.core.network.NetworkResult simulateNetwork(org.neuronmodels.core.network.Network network,
		org.neuronmodels.core.network.NetworkSettings settings, ProgressMonitor monitor);

	/** The spike raster of a network run: x = time bins of {@code binMs} ms, y = neuron (global index). */
	CalibratedImg networkRaster(org.neuronmodels.core.network.NetworkResult result, double binMs, String title);

	/** The population rate (Hz) against time, smoothed by a centred moving average {@code windowMs} wide. */
	JFreeChart populationRateChart(org.neuronmodels.core.network.NetworkResult result, double windowMs,
		String title);

	/** One row per neuron: population, spike count, rate (Hz), CV of ISIs. */
	ResultsTable neuronRateTable(org.neuronmodels.core.network.NetworkResult result);

	/** The whole network's weights as an image: x = presynaptic, y = postsynaptic neuron. */
	CalibratedImg connectivityImage(org.neuronmodels.core.network.Network network, String title);
}

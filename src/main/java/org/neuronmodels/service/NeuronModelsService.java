package org.neuronmodels.service;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.plot.LineChart;
import org.neuronmodels.sweep.SweepRequest;
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

	// -- Scripting: models, stimuli, results, sweeps, charts and tables --

	/** A LIF model with the LIF command's defaults, to set up fluently and {@code simulate(stimulus, duration)}. */
	LifModel lif();

	/** A constant current of {@code amplitude} nA for the whole run. */
	Stimulus constant(double amplitude);

	/** A step of {@code amplitude} nA for {@code start <= t < stop} ms. */
	Stimulus step(double amplitude, double start, double stop);

	/** Pulses of {@code amplitude} nA and {@code width} ms at {@code frequency} Hz from {@code start} to {@code stop} ms. */
	Stimulus pulseTrain(double amplitude, double start, double stop, double frequency, double width);

	/** A ramp from {@code from} nA at {@code start} ms to {@code to} nA at {@code stop} ms, 0 outside. */
	Stimulus ramp(double start, double stop, double from, double to);

	/** {@code offset + amplitude·sin(2π·frequency·t + phase)} nA over the whole run; frequency in Hz, phase in degrees. */
	Stimulus sine(double amplitude, double frequency, double offset, double phaseDegrees);

	/** Gaussian white noise: mean {@code mean} nA, intensity {@code sigma} nA·√ms, seeded. */
	Stimulus whiteNoise(double mean, double sigma, long seed);

	/** Ornstein-Uhlenbeck noise: mean {@code mean} nA, s.d. {@code sigma} nA, correlation time {@code tau} ms, seeded. */
	Stimulus ouNoise(double mean, double sigma, double tau, long seed);

	/** Samples held for {@code sampleDt} ms each (nA), e.g. a recorded current. */
	Stimulus table(double[] samples, double sampleDt);

	/** The spike times (ms) of {@code neuron} in a run. */
	double[] spikeTimes(SimulationResult result, int neuron);

	/** The firing rate (Hz) of every neuron over the window {@code (from, to]} ms. */
	double[] rates(SimulationResult result, double from, double to);

	/** A sweep of a command's numeric inputs, set up fluently, e.g. {@code sweep("Leaky Integrate-and-Fire").vary("tauM", 5, 50, 10, "Log").run()}. */
	SweepRequest sweep(String command);

	/** An empty line chart to fill with {@code line(name, x, y)} and {@code points(name, x, y)}, then {@code build()}. */
	LineChart chart(String title, String xLabel, String yLabel);

	/** A results table with one column per entry of {@code columns} (name → numbers), in the map's order. */
	ResultsTable table(java.util.Map<String, ?> columns);
}


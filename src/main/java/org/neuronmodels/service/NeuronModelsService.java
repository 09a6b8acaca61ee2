package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.hh.HhIntegrator;
import org.neuronmodels.core.hh.HhParameters;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.image.CalibratedImg;
import org.scijava.service.SciJavaService;
import org.neuronmodels.plot.LineChart;
import org.neuronmodels.commandsweep.SweepRequest;

/**
 * The scripting entry point of Neuron Models: run models, and turn results
 * into charts, images and tables. Scripts get it with
 * {@code #@ NeuronModelsService neuron}.
 */
public interface NeuronModelsService extends SciJavaService {

	/**
	 * A handle on the registered model {@code name} (e.g. "LIF", "AdEx"), set up
	 * fluently and run: {@code neuron.model("AdEx").preset("Tonic spiking").parameters("a=2")
	 * .stimulus(neuron.step(0.5, 100, 400)).run()}. Unknown names are an error listing the models.
	 */
	default ModelRun model(final String name) {
		return new ModelRun(name);
	}

	/** The names of the registered models (built-in and added at run time). */
	default java.util.List<String> models() {
		return org.neuronmodels.core.model.ModelRegistry.names();
	}

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

	/** Runs an exponential integrate-and-fire population (traces of neuron 0) for {@code duration} ms with step {@code dt}. */
	default SimulationResult simulateExpIf(final ExpIfParameters parameters, final ExpIfIntegrator integrator, final double dt,
		final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return simulateExpIf(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/** Runs an exponential integrate-and-fire population for {@code duration} ms with step {@code dt}, recording as asked (neurons, decimation). */
	SimulationResult simulateExpIf(ExpIfParameters parameters, ExpIfIntegrator integrator, double dt, double duration,
		Stimulus stimulus, Recording recording, ProgressMonitor monitor);

	/** Runs an exponential integrate-and-fire population without progress reporting. */
	default SimulationResult simulateExpIf(final ExpIfParameters parameters, final ExpIfIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus)
	{
		return simulateExpIf(parameters, integrator, dt, duration, stimulus, ProgressMonitor.NONE);
	}

	/** Runs an AdEx population (V and w of neuron 0) for {@code duration} ms with step {@code dt}. */
	default SimulationResult simulateAdEx(final AdExParameters parameters, final ExpIfIntegrator integrator, final double dt,
		final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return simulateAdEx(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/** Runs an AdEx population for {@code duration} ms with step {@code dt}, recording as asked (neurons, decimation). */
	SimulationResult simulateAdEx(AdExParameters parameters, ExpIfIntegrator integrator, double dt, double duration,
		Stimulus stimulus, Recording recording, ProgressMonitor monitor);

	/** Runs an AdEx population without progress reporting. */
	default SimulationResult simulateAdEx(final AdExParameters parameters, final ExpIfIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus)
	{
		return simulateAdEx(parameters, integrator, dt, duration, stimulus, ProgressMonitor.NONE);
	}

	/**
	 * A chart of the first recorded neuron: input current on top, voltage below with dashed lines at
	 * {@code lineValues} mV labelled {@code lineLabels} and spikes drawn up to {@code spikePeak} mV (NaN: not
	 * drawn), then one panel per further recorded state variable (e.g. AdEx w) in its unit.
	 */
	JFreeChart stateVariablesChart(SimulationResult result, String title, String currentUnit, double spikePeak,
		String[] lineLabels, double[] lineValues);

	/** Runs a Hodgkin-Huxley population (current in µA/cm², traces of neuron 0) for {@code duration} ms. */
	default SimulationResult simulateHh(final HhParameters parameters, final HhIntegrator integrator, final double dt,
		final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return simulateHh(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/** Runs a Hodgkin-Huxley population for {@code duration} ms with step {@code dt}, recording as asked (neurons, decimation). */
	SimulationResult simulateHh(HhParameters parameters, HhIntegrator integrator, double dt, double duration,
		Stimulus stimulus, Recording recording, ProgressMonitor monitor);

	/** Runs a Hodgkin-Huxley population without progress reporting. */
	default SimulationResult simulateHh(final HhParameters parameters, final HhIntegrator integrator,
		final double dt, final double duration, final Stimulus stimulus)
	{
		return simulateHh(parameters, integrator, dt, duration, stimulus, ProgressMonitor.NONE);
	}

	/**
	 * A chart of the first recorded neuron of a Hodgkin-Huxley run, panels sharing
	 * the time axis: input current, voltage (with the detection level; NaN: none),
	 * gates m, h, n, and the ionic currents I_Na, I_K, I_L.
	 */
	JFreeChart hhChart(SimulationResult result, String title, double spikeThreshold);

	/** The named Izhikevich presets: the 20 behaviours of Izhikevich (2004) Fig. 1, then the 2003 classes. */
	List<IzhikevichPreset> izhikevichPresets();

	/** The named Izhikevich preset with this label (case-insensitive), e.g. "(A) tonic spiking". */
	IzhikevichPreset izhikevichPreset(String label);

	/** Runs one Izhikevich neuron as {@code preset} says, with {@code integration} and step {@code dt} ms (0: the preset's). */
	default SimulationResult simulateIzhikevich(final IzhikevichPreset preset,
		final IzhikevichIntegration integration, final double dt, final ProgressMonitor monitor)
	{
		return simulateIzhikevich(preset, integration, dt, Recording.of(0), monitor);
	}

	/** Runs one Izhikevich neuron as {@code preset} says, recording as asked (decimation; spikes stay exact). */
	SimulationResult simulateIzhikevich(IzhikevichPreset preset, IzhikevichIntegration integration, double dt,
		Recording recording, ProgressMonitor monitor);

	/** Runs one Izhikevich neuron as {@code preset} says, Published integration at the preset's own step. */
	default SimulationResult simulateIzhikevich(final IzhikevichPreset preset) {
		return simulateIzhikevich(preset, IzhikevichIntegration.PUBLISHED, 0, ProgressMonitor.NONE);
	}

	/** A chart of an Izhikevich run: the voltage (spikes drawn at their 30 mV peak) above the stimulus. */
	JFreeChart izhikevichChart(SimulationResult result, String title);

	/** The (v, u) phase plane of a run of {@code preset}: both nullclines and the trajectory. */
	JFreeChart izhikevichPhasePlane(IzhikevichPreset preset, SimulationResult result);

	/** Runs the 20 behaviours of Izhikevich (2004) Fig. 1 with {@code integration}. */
	IzhikevichGallery izhikevichGallery(IzhikevichIntegration integration, ProgressMonitor monitor);

	/** Runs the 20 behaviours of Izhikevich (2004) Fig. 1 with the Published integration. */
	default IzhikevichGallery izhikevichGallery() {
		return izhikevichGallery(IzhikevichIntegration.PUBLISHED, ProgressMonitor.NONE);
	}

	/** The gallery as one 4 × 5 figure: voltage and stimulus in each panel, as the paper's Fig. 1. */
	JFreeChart izhikevichGalleryChart(IzhikevichGallery gallery);

	/** The gallery as a table: parameters, spike count, first spike time and rate per preset. */
	ResultsTable izhikevichGalleryTable(IzhikevichGallery gallery);

	/** Builds the network of resolved spiking-network settings (a preset or Custom). */
	org.neuronmodels.core.network.Network buildNetwork(org.neuronmodels.core.network.NetworkSettings settings);

	/** {@link #buildNetwork(org.neuronmodels.core.network.NetworkSettings)}, reporting progress to {@code monitor}. */
	default org.neuronmodels.core.network.Network buildNetwork(
		final org.neuronmodels.core.network.NetworkSettings settings, final ProgressMonitor monitor)
	{
		return buildNetwork(settings);
	}

	/** Runs a network with the duration, dt, threads and seed of resolved {@code settings}. */
	org.neuronmodels.core.network.NetworkResult simulateNetwork(org.neuronmodels.core.network.Network network,
		org.neuronmodels.core.network.NetworkSettings settings, ProgressMonitor monitor);

	/**
	 * The spike raster of a network run: x = time bins of {@code binMs} ms, y = neuron (global index), pixel =
	 * spike count; bounded to {@value org.neuronmodels.image.Rasters#MAX_SIDE} pixels per axis (wider bins beyond).
	 */
	net.imglib2.img.Img<? extends net.imglib2.type.numeric.RealType<?>> networkRaster(
		org.neuronmodels.core.network.NetworkResult result, double binMs, String title);

	/** Spike dots (time × neuron) above the population rate smoothed over {@code windowMs}, with axes. */
	JFreeChart networkRasterChart(org.neuronmodels.core.network.NetworkResult result, double windowMs, String title);

	/** The population rate (Hz) against time, smoothed by a centred moving average {@code windowMs} wide. */
	JFreeChart populationRateChart(org.neuronmodels.core.network.NetworkResult result, double windowMs,
		String title);

	/** One row per neuron: population, spike count, rate (Hz), CV of ISIs. */
	ResultsTable neuronRateTable(org.neuronmodels.core.network.NetworkResult result);

	/**
	 * The whole network's weights as an image: x = presynaptic, y = postsynaptic neuron; blocks of neurons summed
	 * beyond {@value org.neuronmodels.image.Rasters#MAX_SIDE} neurons.
	 */
	CalibratedImg connectivityImage(org.neuronmodels.core.network.Network network, String title);

	/** Runs a LIF population for {@code duration} ms with step {@code dt}, recording as asked (neurons, decimation). */
	SimulationResult simulateLif(LifParameters parameters, LifIntegrator integrator, double dt, double duration,
		Stimulus stimulus, Recording recording, ProgressMonitor monitor);

	// -- Analysis: f-I curve, spike train statistics, frequency response, LIF fit --

	/**
	 * The f–I curve of a model set up by name ({@code ModelSetup.of("LIF", preset, "tauM=10", dt, integrator)}):
	 * all currents in one population, then the rheobase.
	 */
	org.neuronmodels.core.sweep.FiCurve fiCurve(org.neuronmodels.core.model.ModelSetup model,
		org.neuronmodels.core.sweep.FiProtocol protocol, double currentMin, double currentMax, int currentSteps,
		boolean interpolateSpikes, ProgressMonitor monitor);

	/** The chart of an f–I curve (rates against current, theory dashed, rheobase marked). */
	JFreeChart fiChart(org.neuronmodels.core.sweep.FiCurve curve);

	/** An f–I curve as a results table (current, spikes, rates, theory). */
	ResultsTable fiTable(org.neuronmodels.core.sweep.FiCurve curve);

	/** Rate, ISIs (mean, s.d., CV, histogram) and Fano factor of the spikes in {@code [start, stop]} ms. */
	org.neuronmodels.core.analysis.SpikeTrainStatistics spikeTrainStatistics(double[] spikeTimes, double start,
		double stop, double countWindow, double binWidth);

	/** The numbers in column {@code column} (header name; blank: the only column) of a CSV file. */
	double[] readCsvColumn(java.io.File file, String column);

	/** The numbers in column {@code column} of a results table. */
	double[] tableColumn(ResultsTable table, String column);

	/** The ISI histogram chart, titled with the rate, mean ISI, CV and Fano factor. */
	JFreeChart isiHistogram(org.neuronmodels.core.analysis.SpikeTrainStatistics statistics, String title);

	/** The ISI histogram as a results table (bin start, bin end, count). */
	ResultsTable isiTable(org.neuronmodels.core.analysis.SpikeTrainStatistics statistics);

	/** Gain and phase of the passive LIF membrane for log-spaced sinusoidal inputs, fitted by least squares. */
	org.neuronmodels.core.analysis.FrequencyResponse frequencyResponse(double vRest, double resistance, double tauM,
		double amplitude, double offset, double dt, double frequencyMin, double frequencyMax, int frequencySteps,
		int cycles, ProgressMonitor monitor);

	/** The Bode chart (gain and phase against frequency) with the analytic low-pass overlaid. */
	JFreeChart bodeChart(org.neuronmodels.core.analysis.FrequencyResponse response, String title);

	/** A frequency response as a results table (frequency, gain, phase, theory). */
	ResultsTable frequencyResponseTable(org.neuronmodels.core.analysis.FrequencyResponse response);

	/** Fits the six LIF parameters to a voltage trace with its injected current (nA per sample). */
	org.neuronmodels.core.analysis.LifFit fitLif(double[] time, double[] voltage, double[] current);

	/** Fits the six LIF parameters to a voltage trace driven by a step of {@code amplitude} nA. */
	org.neuronmodels.core.analysis.LifFit fitLif(double[] time, double[] voltage, double amplitude,
		double stimStart, double stimStop);

	/** Fits the six LIF parameters to the time, voltage and current columns of a results table. */
	org.neuronmodels.core.analysis.LifFit fitLif(ResultsTable table, String timeColumn, String voltageColumn,
		String currentColumn);

	/** The recorded trace with the fitted neuron's free re-simulation overlaid. */
	JFreeChart fitChart(org.neuronmodels.core.analysis.LifFit fit);

	/** The fitted parameters and error as a one-row results table. */
	ResultsTable fitTable(org.neuronmodels.core.analysis.LifFit fit);

	// -- Scripting: models, stimuli, results, sweeps, charts and tables --


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

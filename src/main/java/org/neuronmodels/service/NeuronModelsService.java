package org.neuronmodels.service;

import java.util.List;

import org.neuronmodels.commandsweep.SweepRequest;
import org.scijava.service.SciJavaService;

/**
 * The scripting entry point of Neuron Models. Scripts get it with
 * {@code #@ NeuronModelsService neuron}; commands run through it too.
 * <p>
 * One generic handle runs any registered model
 * ({@code neuron.model("AdEx").preset("Tonic").parameters("a=2").stimulus(neuron.stimuli().step(0.5, 100, 400)).run()})
 * or a model typed as equations ({@code neuron.equations("dv/dt = …")…run()}); networks, f–I curves, sweeps
 * and the Izhikevich (2004) protocols have one entry each; analysis, stimuli, charts, images and tables
 * are reached through one accessor each, whose objects only delegate to {@code core}, {@code plot},
 * {@code image} and {@code table} (the service builds nothing itself).
 * </p>
 */
public interface NeuronModelsService extends SciJavaService {

	/** The names of the registered models (built-in and added at run time). */
	List<String> models();

	/**
	 * A handle on the registered model {@code name} (e.g. "LIF", "AdEx"), set up fluently and run. Unknown
	 * names are an error listing the models.
	 */
	ModelRun model(String name);

	/**
	 * A handle on a model written as equations in Brian2's notation, e.g.
	 * {@code neuron.equations("dv/dt = (-(v - vRest) + R*I)/tauM : volt").threshold("v > vTh")
	 * .reset("v = vReset").parameters("tauM = 10*ms, R = 10*Mohm, vRest = -70*mV, vTh = -50*mV, vReset = -65*mV")
	 * .initial("v = vRest").run()} (units checked; compiled to bytecode once per text).
	 */
	ModelRun equations(String equations);

	/** Makes input currents: {@code neuron.stimuli().step(amplitude, start, stop)}, sine, noise, tables, … */
	StimulusFactory stimuli();

	/**
	 * A handle on a spiking network preset ("CUBA", "COBA", "COBAHH", "Brunel", "Izhikevich 2003", "Ring
	 * (alpha PSC)", "Custom"): {@code neuron.network("CUBA").neurons(1000).duration(200).seed(1).run()}.
	 */
	NetworkRun network(String preset);

	/**
	 * The f–I curve of {@code model} (its preset, parameters, dt and integrator; its duration): one current per
	 * neuron of a single population, constant for the whole run, then the rheobase. At most 10⁶ currents
	 * (every array is returned); more stream to a file: {@code neuron.analysis().fiCurveToFile(…)}.
	 */
	org.neuronmodels.core.sweep.FiCurve fiCurve(ModelRun model, double currentMin, double currentMax,
		int currentSteps);

	/** A sweep of a command's numeric inputs: {@code sweep("Leaky Integrate-and-Fire").vary("tauM", 5, 50, 10, "Log").run()}. */
	SweepRequest sweep(String command);

	/** The Izhikevich (2004) presets with their published protocols, and the 20-behaviour gallery. */
	IzhikevichRuns izhikevich();

	/** Spike train statistics, LIF fits, frequency responses, spike times and rates, numeric columns. */
	Analysis analysis();

	/** Charts of results (built by {@code plot}). */
	Charts charts();

	/** Spike rasters and connectivity as calibrated images (built by {@code image}). */
	Images images();

	/** Results tables (built by {@code table}). */
	ResultTables tables();

	/**
	 * Writes a run's outputs into {@code folder} as the launcher's {@code --out} does (charts, images, tables,
	 * spike lists and arrays in full, and {@code outputs.json} with {@code command}, {@code inputs} and the
	 * scalar outputs), all or nothing; returns the names of the files written. A folder that is not empty and
	 * was not written by a run is refused (an error naming {@code outputFolder}); one written by a run is
	 * replaced as a whole.
	 */
	java.util.List<String> writeOutputs(java.io.File folder, String command, java.util.Map<String, Object> inputs,
		java.util.Map<String, Object> outputs);

	/** Fails before a run, naming {@code outputFolder}, if {@link #writeOutputs} would refuse {@code folder}. */
	void checkOutputFolder(java.io.File folder);

	/**
	 * {@code monitor}, and a line on standard error at most every 10 s of a long run (phase, progress, mean
	 * rate so far, time left; nothing for runs shorter than that): the progress headless runs and scripts show.
	 */
	default org.neuronmodels.core.sim.ProgressMonitor progressLog(
		final org.neuronmodels.core.sim.ProgressMonitor monitor)
	{
		return org.neuronmodels.core.sim.ProgressLog.toStandardError(monitor);
	}
}

package org.neuronmodels.service;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.NumberLists;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.plot.ResultCharts;

/**
 * One handle for every registered model, set up fluently and run:
 * {@code neuron.model("AdEx").preset("Tonic spiking").parameters("a=2")
 * .stimulus(neuron.step(0.5, 100, 400)).duration(500).run()}. Names, presets,
 * parameter names, units and ranges are the model descriptor's
 * ({@code core.model}); every value is checked against it when the run starts,
 * and errors name the parameter, its unit and its range. Neuron 0 is recorded.
 */
public final class ModelRun {

	private final ModelDescriptor model;
	private String preset = "";
	private String parameters = "";
	private String integrator = "";
	private double dt = Double.NaN;
	private double duration = 500;
	private int neurons = 1;
	private int recordEvery = 1;
	private Stimulus stimulus;
	private ProgressMonitor monitor = ProgressMonitor.NONE;

	ModelRun(final String name) {
		this.model = ModelRegistry.byName(name);
	}

	/** Starts from the named preset of the model (blank: the model's defaults). */
	public ModelRun preset(final String name) {
		preset = name == null ? "" : name;
		return this;
	}

	/** Overrides parameters, e.g. {@code "tauM=10, tRef=2"} (the descriptor's names and units). */
	public ModelRun parameters(final String text) {
		parameters = text == null ? "" : text;
		return this;
	}

	/** The integrator by name (blank: the model's default); see {@link #integrators()}. */
	public ModelRun integrator(final String name) {
		integrator = name == null ? "" : name;
		return this;
	}

	/** The time step in ms (NaN: the preset's or the model's default). */
	public ModelRun dt(final double ms) {
		dt = ms;
		return this;
	}

	/** The simulated time in ms. */
	public ModelRun duration(final double ms) {
		duration = ms;
		return this;
	}

	/** How many identical neurons to run (all get the same input; neuron 0 is recorded). */
	public ModelRun neurons(final int count) {
		neurons = count;
		return this;
	}

	/** Keeps one trace sample every {@code steps} steps (default 1: every step); spikes stay exact. */
	public ModelRun recordEvery(final int steps) {
		recordEvery = steps;
		return this;
	}

	/** The input current, in the model's {@link #currentUnit()} (none: zero input). */
	public ModelRun stimulus(final Stimulus input) {
		stimulus = input;
		return this;
	}

	/** Reports progress to and is cancelled by {@code progress}. */
	public ModelRun monitor(final ProgressMonitor progress) {
		monitor = progress == null ? ProgressMonitor.NONE : progress;
		return this;
	}

	/** The model's name. */
	public String name() {
		return model.name();
	}

	/** The unit of the input current (nA, or µA/cm² for models per membrane area). */
	public String currentUnit() {
		return model.currentUnit();
	}

	/** The model's preset names. */
	public List<String> presets() {
		return model.presetNames();
	}

	/** The model's parameter names. */
	public List<String> parameterNames() {
		return model.parameterNames();
	}

	/** The model's integrator names, default first. */
	public List<String> integrators() {
		return model.integrators();
	}

	/** The checked setup (preset, parameters, dt, integrator) this handle describes. */
	public ModelSetup setup() {
		return ModelSetup.of(model, preset, parameters, dt, integrator);
	}

	/** The analytic rate and rheobase for constant input, where the model knows them. */
	public FiTheory theory() {
		return setup().theory();
	}

	/** The theoretical steady rate in Hz for each constant current (a list or array; NaN where unknown). */
	public double[] rates(final Object currents) {
		final FiTheory theory = theory();
		final double[] in = NumberLists.of("currents", currents), out = new double[in.length];
		for (int i = 0; i < in.length; i++)
			out[i] = theory.rate(in[i]);
		return out;
	}

	/** The theoretical rheobase (in the model's current unit; NaN if unknown). */
	public double rheobase() {
		return theory().rheobase();
	}

	/** Checks everything, then runs and records neuron 0 (voltage, state variables, input, spikes). */
	public SimulationResult run() {
		final ModelSetup s = setup();
		Checks.inRange("neurons", neurons, 1, Integer.MAX_VALUE);
		Checks.positive("duration", "ms", duration);
		final TimeGrid grid = TimeGrid.of(duration, s.dt());
		final Recording recording = Recording.of(0).every(recordEvery);
		final double[] samples = stimulus == null ? new double[grid.steps()] : stimulus.sample(grid);
		return Simulation.run(s.population(neurons), CurrentInput.shared(samples), grid, recording, monitor);
	}

	/** The input current, voltage and every further state variable of neuron 0 of {@code result}. */
	public JFreeChart chart(final SimulationResult result) {
		return ResultCharts.stateVariables(result, model.name(), model.currentUnit(), Double.NaN, new String[0],
			new double[0]);
	}
}

package org.neuronmodels.service;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.NumberLists;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.equation.EquationSimulation;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.plot.ResultCharts;

/**
 * One handle for every model, set up fluently and run:
 * {@code neuron.model("AdEx").preset("Tonic").parameters("a=2")
 * .stimulus(neuron.stimuli().step(0.5, 100, 400)).duration(500).run()}. Names, presets,
 * parameter names, units and ranges are the model descriptor's
 * ({@code core.model}); every value is checked against it when the run starts,
 * and errors name the parameter, its unit and its range. Neuron 0 is recorded.
 * <p>
 * A handle made by {@code neuron.equations(text)} is an equation model
 * ({@code core.equation}): {@link #parameters} then takes {@code name = value*unit}
 * pairs, and {@link #threshold}, {@link #reset}, {@link #refractory} and
 * {@link #initial} complete the model, as the Equation Neuron command's inputs.
 * </p>
 */
public final class ModelRun {

	/** The registered model, or null for an equation model (built from {@link #spec} when run). */
	final ModelDescriptor model;
	final EquationSpec spec;
	String preset = "";
	String parameters = "";
	final StringBuilder values = new StringBuilder();
	String integrator = "";
	double dt = Double.NaN;
	double duration = 500;
	int neurons = 1;
	int recordEvery = 1;
	long seed = 1;
	Stimulus stimulus;
	ProgressMonitor monitor = ProgressMonitor.NONE;

	ModelRun(final String name) {
		this.model = ModelRegistry.byName(name);
		this.spec = null;
	}

	private ModelRun(final EquationSpec spec) {
		this.model = null;
		this.spec = spec;
	}

	/** A handle on the equation model whose equations are {@code equations} (see {@link NeuronModelsService#equations}). */
	static ModelRun ofEquations(final String equations) {
		final EquationSpec s = new EquationSpec();
		s.equations = equations == null ? "" : equations;
		return new ModelRun(s);
	}

	/** Starts from the named preset of the model (blank: the model's defaults). */
	public ModelRun preset(final String name) {
		preset = name == null ? "" : name;
		return this;
	}

	/**
	 * Overrides parameters, e.g. {@code "tauM=10, tRef=2"} (the descriptor's names and units); for an
	 * equation model, its parameters with units, e.g. {@code "tauM = 10*ms, R = 10*Mohm"}.
	 */
	public ModelRun parameters(final String text) {
		if (spec != null) spec.parameters = text == null ? "" : text;
		else parameters = text == null ? "" : text;
		return this;
	}

	/** Sets one parameter to {@code value} in its unit (exactly; after the preset and {@link #parameters}). */
	public ModelRun set(final String name, final double value) {
		equationsOnly(false, "set");
		values.append(values.length() == 0 ? "" : ", ").append(name).append('=').append(Double.toString(value));
		return this;
	}

	/** Equation models: the spike condition, e.g. {@code "v > vTh"} (empty: no spikes). */
	public ModelRun threshold(final String condition) {
		equationsOnly(true, "threshold").threshold = condition == null ? "" : condition;
		return this;
	}

	/** Equation models: the statements run after a spike, e.g. {@code "v = vReset; w += b"}. */
	public ModelRun reset(final String statements) {
		equationsOnly(true, "reset").reset = statements == null ? "" : statements;
		return this;
	}

	/** Equation models: the refractory period, e.g. {@code "2*ms"} (empty: none). */
	public ModelRun refractory(final String period) {
		equationsOnly(true, "refractory").refractory = period == null ? "" : period;
		return this;
	}

	/** Equation models: start values, e.g. {@code "v = vRest, w = 0*nA"} (a variable not listed starts at 0). */
	public ModelRun initial(final String startValues) {
		equationsOnly(true, "initial").initialValues = startValues == null ? "" : startValues;
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

	/** Equation models: the seed of the white noise {@code xi} (default 1). */
	public ModelRun seed(final long value) {
		seed = value;
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

	/** The model's name ("Equation" for an equation model). */
	public String name() {
		return descriptor().name();
	}

	/** The unit of the input current (nA, or µA/cm² for models per membrane area). */
	public String currentUnit() {
		return descriptor().currentUnit();
	}

	/** The model's preset names. */
	public List<String> presets() {
		return descriptor().presetNames();
	}

	/** The model's parameter names. */
	public List<String> parameterNames() {
		return descriptor().parameterNames();
	}

	/** The model's integrator names, default first. */
	public List<String> integrators() {
		return descriptor().integrators();
	}

	/** The checked setup (preset, parameters, dt, integrator) this handle describes. */
	public ModelSetup setup() {
		final String text = values.length() == 0 ? parameters : parameters.trim().isEmpty() ? values.toString()
			: parameters + ", " + values;
		return ModelSetup.of(descriptor(), preset, text, dt, integrator);
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

	/** The simulated time in ms. */
	public double duration() {
		return duration;
	}

	/**
	 * Every check {@link #run} makes before it simulates, without simulating: the time grid, the parameters
	 * against the descriptor and the model's own rules, the step (e.g. {@code dt ≤ τ_m}), the recorded neuron
	 * and the memory of the input and the traces (equation models: the equations compiled and checked). The
	 * commands' dialogs call it as the user types, so a dialog and a run never disagree. Returns the run's
	 * time grid.
	 *
	 * @throws InvalidParameterException naming the parameter, its unit and its range
	 */
	public TimeGrid check() throws InvalidParameterException {
		return ModelRuns.check(this);
	}

	/**
	 * Checks everything ({@link #check}), then runs and records neuron 0 (voltage, state variables, input,
	 * spikes).
	 *
	 * @throws InvalidParameterException before the run, naming the parameter
	 * @throws NumericalInstabilityException if the run blows up (a variable not finite), naming step and time
	 * @throws SimulationCancelledException if the {@link #monitor} cancels the run
	 */
	public SimulationResult run() throws InvalidParameterException, NumericalInstabilityException,
		SimulationCancelledException
	{
		return ModelRuns.run(this);
	}

	/** The names of the model's state variables (equation models: compiled from the equations). */
	public List<String> stateVariables() {
		return spec != null ? ModelRuns.program(this).states() : ModelRuns.names(descriptor().stateVariables());
	}

	/** Equation models: a few lines on the compiled model (state variables, parameters, integrator). */
	public String summary() {
		equationsOnly(true, "summary");
		return EquationSimulation.summary(ModelRuns.program(this), descriptor().integrator(integrator));
	}

	/**
	 * Equation models: takes the texts and integrator saved in {@code file} (by {@link #save}) into this handle
	 * and returns them by input name (errors name {@code field}).
	 */
	public java.util.Map<String, String> load(final String field, final java.io.File file) {
		return ModelRuns.load(equationsOnly(true, "load"), this, field, file);
	}

	/** Equation models: saves the equations and the integrator in {@code file} (errors name {@code field}). */
	public ModelRun save(final String field, final java.io.File file) {
		ModelRuns.save(equationsOnly(true, "save"), integrator, field, file);
		return this;
	}

	/** Equation models: registers this model as model "Equation" (f–I Curve and sweeps find it by that name). */
	public ModelRun register() {
		EquationModelDescriptor.register(equationsOnly(true, "register"), integrator.trim().isEmpty()
			? Integrators.EULER : integrator);
		return this;
	}

	/** The input current, voltage and every further state variable of neuron 0 of {@code result}. */
	public JFreeChart chart(final SimulationResult result) {
		return ResultCharts.stateVariables(result, name(), currentUnit(), Double.NaN, new String[0], new double[0]);
	}

	/** Equation models: the texts of the equations (null for a registered model). */
	EquationSpec equationSpec() {
		return spec;
	}

	ModelDescriptor descriptor() {
		return model != null ? model : EquationModelDescriptor.of(spec, integrator.trim().isEmpty() ? Integrators.EULER
			: integrator);
	}

	private EquationSpec equationsOnly(final boolean equations, final String method) {
		if ((spec != null) != equations) {
			throw new InvalidParameterException(method, method + "(…) is for " + (equations
				? "equation models (neuron.equations(…))" : "registered models (neuron.model(…)); equation models " +
					"take their parameters as text with units"));
		}
		return spec;
	}
}

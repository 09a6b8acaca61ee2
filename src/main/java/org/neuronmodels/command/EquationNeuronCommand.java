package org.neuronmodels.command;

import java.io.File;
import java.util.Map;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.Images;
import org.neuronmodels.service.ModelRun;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one neuron whose model is text in Brian2's notation: differential
 * equations with units, threshold, reset, refractory period and parameters.
 * Everything is checked (names, units, dimensions) before the run; the
 * equations become JVM bytecode (see {@link org.neuronmodels.core.equation}).
 * The defaults are the LIF of the <i>Neuronal Dynamics</i> exercises.
 */
@Plugin(type = Command.class, label = "Equation Neuron", menuPath = "Plugins>Neuron Models>Equation Neuron...")
public class EquationNeuronCommand extends SingleNeuronCommand {

	{
		stimulus = "Step";
		stimStart = 20;
		stimStop = 180;
	}

	@Parameter(label = "Amplitude (nA, or I's declared unit)", description = "Stimulus amplitude in nA, or in the " +
		"unit of an \"I : …\" line such as uA/cm**2 (white noise: intensity per √ms; OU: standard deviation).",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 2.5;

	@Parameter(label = "Offset (nA, or I's declared unit)", description = "DC offset of sine and noise; ramp " +
		"start value; in the unit of I.", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = "Equations", style = "text area", description = "One per line (or separated by ;): " +
		"\"dx/dt = … : unit\" with an optional \"(unless refractory)\", sub-expressions \"name = … : unit\", " +
		"declarations \"name : unit\" (\"I : uA/cm**2\" sets the stimulus unit). The stimulus is I (nA); xi " +
		"is white noise. Units as in Brian2 (mV, ms, nA, nS, pF, Mohm, volt, second …).")
	String equations = "dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)";

	@Parameter(label = "Threshold", description = "Spike condition on the state, e.g. v > vTh (empty: no spikes).",
		required = false)
	String threshold = "v > vTh";

	@Parameter(label = "Reset", description = "Statements after a spike, separated by ; e.g. v = vReset; w += b.",
		required = false)
	String reset = "v = vReset";

	@Parameter(label = "Refractory period", description = "A duration such as 2*ms or a parameter name (empty: " +
		"none); during it the (unless refractory) variables are held.", required = false)
	String refractory = "tRef";

	@Parameter(label = "Parameters", style = "text area", description = "name = value*unit, separated by commas " +
		"or new lines; every parameter is sweepable by name.", required = false)
	String parameters = "vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, tau = 8*ms, tRef = 2*ms";

	@Parameter(label = "Initial values", description = "Start values, e.g. v = vRest (a state variable not " +
		"listed starts at 0).", required = false)
	String initialValues = "v = vRest";

	@Parameter(label = "Integrator", description = "Euler (with xi: Euler–Maruyama), Heun (RK2), RK4, or " +
		"Exponential Euler (equations linear in their own variable only).", choices = { Integrators.EULER, Integrators.HEUN,
			Integrators.RK4, Integrators.EXPONENTIAL_EULER })
	String integrator = Integrators.EXPONENTIAL_EULER;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms.", min = InputLimits.POSITIVE_MIN,
		max = EquationModelDescriptor.DT_MAX)
	double dt = 0.1;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 200;

	@Parameter(label = "Load model from", description = "A saved equation model (.txt): its sections replace the " +
		"text inputs and the integrator.", required = false, style = "open")
	File loadModel;

	@Parameter(label = "Save model to", description = "Write the (checked) text inputs and integrator to this " +
		"file, to load them again later.", required = false, style = "save")
	File saveModel;

	@Parameter(type = ItemIO.OUTPUT, label = "Model summary")
	String modelSummary;

	@Override
	protected String currentUnit() {
		return unit == null ? "nA" : unit;
	}

	/** The input unit of the model checked last (null before a check). */
	private String unit;

	@Override
	protected void checkInputs() {
		if (loadModel != null) applyFile(neuron.equations("").load("loadModel", loadModel));
		final ModelRun model = model();
		final TimeGrid grid = model.check();
		unit = model.currentUnit();
		checkOutputMemory(grid, model.stateVariables().size());
		Images.checkRaster(grid.duration(), rasterBin, 1);
		neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
	}

	@Override
	protected void execute() {
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final ModelRun model = model();
		final SimulationResult r = model.stimulus(neuron.stimuli().of(spec, TimeGrid.of(duration, dt))).monitor(
			progress()).run();
		if (saveModel != null) model.save("saveModel", saveModel);
		model.register(); // f-I Curve and sweeps take it as model "Equation"
		modelSummary = model.summary();
		publish(r, spec.rateWindow(r.grid().duration()), neuron.charts().stateVariables(r, "Equation Neuron",
			currentUnit(), Double.NaN, new String[0], new double[0]), "Equation Neuron spike raster");
	}

	/** The model of the inputs, on the service's handle (its check is the one the run starts with). */
	private ModelRun model() {
		return neuron.equations(equations).threshold(threshold).reset(reset).refractory(refractory).parameters(
			parameters).initial(initialValues).integrator(integrator).dt(dt).duration(duration).seed(seed).recordEvery(
				recordEvery);
	}

	private void applyFile(final Map<String, String> s) {
		equations = s.get("equations");
		threshold = s.get("threshold");
		reset = s.get("reset");
		refractory = s.get("refractory");
		parameters = s.get("parameters");
		initialValues = s.get("initialValues");
		if (!s.get("integrator").isEmpty()) integrator = EquationModelDescriptor.integratorName(s.get("integrator"));
		loadModel = null;
	}

}

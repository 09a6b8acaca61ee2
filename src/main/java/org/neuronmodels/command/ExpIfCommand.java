package org.neuronmodels.command;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.expif.ExpIfSimulation;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one exponential integrate-and-fire neuron driven by a chosen
 * stimulus; defaults are those of the <i>Neuronal Dynamics</i> exercise
 * (neurodynex3 {@code exponential_integrate_fire}).
 */
@Plugin(type = Command.class, label = "Exponential Integrate-and-Fire",
	menuPath = "Plugins>Neuron Models>Exponential Integrate-and-Fire...")
public class ExpIfCommand extends SingleNeuronCommand {

	{
		stimulus = "Step";
		stimStart = 20;
		stimStop = 120;
	}

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = "-1000000", max = "1000000")
	double amplitude = 0.8;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = "-1000000", max = "1000000")
	double offset = 0;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "τ_m = R·C in ms.", min = "0.001",
		max = "100000")
	double tauM = 12;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "Input resistance in MΩ (nA × MΩ = mV).",
		min = "0.000001", max = "1000000")
	double resistance = 20;

	@Parameter(label = "Resting potential u_rest (mV)", description = "Leak reversal potential, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRest = -65;

	@Parameter(label = "Reset potential v_reset (mV)", description = "Potential after a spike, in mV; below v_spike.",
		min = "-200", max = "200", stepSize = "1")
	double vReset = -60;

	@Parameter(label = "Rheobase threshold ϑ_rh (mV)", description = "Midpoint of the exponential upswing, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRheobase = -55;

	@Parameter(label = "Sharpness Δ_T (mV)", description = "Slope factor of the exponential, in mV.", min = "0.01",
		max = "100")
	double deltaT = 2;

	@Parameter(label = "Spike threshold v_spike (mV)", description = "A spike (and reset) when V exceeds this " +
		"numerical threshold, in mV; above ϑ_rh.", min = "-200", max = "200", stepSize = "1")
	double vSpike = -30;

	@Parameter(label = "Refractory period (ms)", description = "Absolute refractory period in ms: V held at v_reset.",
		min = "0", max = "10000")
	double tRef = 0;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m.", min = "0.000001",
		max = "100")
	double dt = 0.05;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = "0.000001", max = "100000000")
	double duration = 180;

	@Parameter(label = "Integrator", description = "Euler: forward Euler (first order, as Brian2 method=\"euler\"); " +
		"Heun: explicit trapezoidal rule (second order).", choices = { "Euler", "Heun" })
	String integrator = "Euler";

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = "-200", max = "1000")
	double spikePeak = 20;

	/** The neuron's parameters from the inputs, checked. */
	private ExpIfParameters parameters() {
		return ExpIfParameters.uniform(1, tauM, resistance, vRest, vReset, vRheobase, deltaT, vSpike, tRef)
			.validate();
	}

	@Override
	protected void checkInputs() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		stimulusSpec(amplitude, offset).build(grid);
		parameters();
		ExpIfSimulation.checkStep(dt, "tauM", tauM);
		Rasters.check(grid.duration(), rasterBin, 1);
	}

	@Override
	protected void execute() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final ExpIfParameters p = parameters();
		final SimulationResult r = simulateChecked((d, len, monitor) -> neuron.simulateExpIf(p, ExpIfIntegrator
			.fromLabel(integrator), d, len, spec.build(TimeGrid.of(len, d)), monitor), grid.dt(), duration, tRef, spec,
			amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		publish(r, window, neuron.stateVariablesChart(r, "Exponential Integrate-and-Fire", "nA", spikePeak, new String[] {
			"ϑ_rh", "v_spike" }, new double[] { vRheobase, vSpike }), "ExpIF spike raster");
	}
}

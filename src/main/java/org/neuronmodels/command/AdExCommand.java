package org.neuronmodels.command;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.adex.AdExPreset;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExpIfSimulation;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates one adaptive exponential integrate-and-fire (AdEx) neuron driven
 * by a chosen stimulus. Defaults are those of the <i>Neuronal Dynamics</i>
 * exercise (neurodynex3 {@code adex_model}, "initial burst" of the book's
 * Table 6.1). A {@code preset} other than "Custom" replaces the model
 * parameters and the stimulus amplitude with a firing pattern of Naud et al.
 * (2008) (see {@link AdExPreset}). The dialog shows a and b in nS and pA; they
 * are converted to the core's µS and nA here.
 */
@Plugin(type = Command.class, label = "AdEx", menuPath = "Plugins>Neuron Models>AdEx...")
public class AdExCommand extends SingleNeuronCommand {

	{
		stimulus = "Step";
		stimStart = 10;
		stimStop = 250;
	}

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = "-1000000", max = "1000000")
	double amplitude = 0.065;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = "-1000000", max = "1000000")
	double offset = 0;

	@Parameter(label = "Firing pattern preset", description = "Custom: use the parameters below. Otherwise the " +
		"parameters and the stimulus amplitude of that pattern in Naud et al. (2008), Table 1, replace them.",
		choices = { AdExPreset.CUSTOM, "Tonic", "Adapting", "Initial burst", "Bursting", "Irregular", "Transient",
			"Delayed", "Delayed bursting" }, callback = "presetChanged")
	String preset = AdExPreset.CUSTOM;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "τ_m = R·C = C/g_L in ms.", min = "0.001",
		max = "100000")
	double tauM = 5;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "R = 1/g_L in MΩ (nA × MΩ = mV).",
		min = "0.000001", max = "1000000")
	double resistance = 500;

	@Parameter(label = "Resting potential u_rest (mV)", description = "Leak reversal potential E_L, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRest = -70;

	@Parameter(label = "Reset potential v_reset (mV)", description = "Potential after a spike, in mV; below v_spike.",
		min = "-200", max = "200", stepSize = "1")
	double vReset = -51;

	@Parameter(label = "Rheobase threshold ϑ_rh (mV)", description = "Midpoint V_T of the exponential upswing, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRheobase = -50;

	@Parameter(label = "Sharpness Δ_T (mV)", description = "Slope factor of the exponential, in mV.", min = "0.01",
		max = "100")
	double deltaT = 2;

	@Parameter(label = "Subthreshold adaptation a (nS)", description = "Coupling of w to V, in nS (0.001 µS); may " +
		"be negative.", min = "-1000000", max = "1000000")
	double a = 0.5;

	@Parameter(label = "Adaptation time constant τ_w (ms)", description = "Time constant of w in ms.", min = "0.001",
		max = "1000000")
	double tauW = 100;

	@Parameter(label = "Spike-triggered adaptation b (pA)", description = "Increment of w at each spike, in pA " +
		"(0.001 nA).", min = "-1000000", max = "1000000")
	double b = 7;

	@Parameter(label = "Spike threshold v_spike (mV)", description = "A spike (V = v_reset, w += b) when V exceeds " +
		"this numerical threshold, in mV; above ϑ_rh.", min = "-200", max = "200", stepSize = "1")
	double vSpike = -30;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m and τ_w.",
		min = "0.000001", max = "100")
	double dt = 0.01;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = "0.000001", max = "100000000")
	double duration = 400;

	@Parameter(label = "Integrator", description = "Euler: forward Euler (first order, as Brian2 method=\"euler\"); " +
		"Heun: explicit trapezoidal rule (second order).", choices = { "Euler", "Heun" })
	String integrator = "Euler";

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = "-200", max = "1000")
	double spikePeak = 20;

	@Parameter(type = ItemIO.OUTPUT, label = "Adaptation current w (nA)")
	double[] adaptation;

	/** The neuron's parameters from the inputs, checked (a in nS → µS, b in pA → nA). */
	private AdExParameters parameters() {
		Checks.inRange("a", "nS", a, -1e6, 1e6);
		Checks.inRange("b", "pA", b, -1e6, 1e6);
		return AdExParameters.uniform(1, tauM, resistance, vRest, vReset, vRheobase, deltaT, a * 1e-3, tauW, b *
			1e-3, vSpike).validate();
	}

	@Override
	protected void checkInputs() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		Rasters.check(grid.duration(), rasterBin, 1);
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) return; // a preset replaces the rest when it runs
		stimulusSpec(amplitude, offset).build(grid);
		final AdExParameters p = parameters();
		ExpIfSimulation.checkStep(dt, "tauM", p.tauM[0]);
		ExpIfSimulation.checkStep(dt, "tauW", p.tauW[0]);
	}

	@Override
	protected void execute() {
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) applyPreset(AdExPreset.fromLabel(preset));
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final AdExParameters p = parameters();
		final SimulationResult r = simulateChecked((d, len, monitor) -> neuron.simulateAdEx(p, ExpIfIntegrator
			.fromLabel(integrator), d, len, spec.build(TimeGrid.of(len, d)), monitor), grid.dt(), duration, 0,
			spec, amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		adaptation = r.traces().values("w", 0);
		publish(r, window, neuron.stateVariablesChart(r, "AdEx", "nA", spikePeak, new String[] { "ϑ_rh", "v_spike" },
			new double[] { vRheobase, vSpike }), "AdEx spike raster");
	}

	/** Dialog callback: shows the chosen preset's values in the parameter fields. */
	protected void presetChanged() {
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) applyPreset(AdExPreset.fromLabel(preset));
	}

	private void applyPreset(final AdExPreset p) {
		tauM = p.tauM();
		resistance = p.resistance();
		vRest = p.vRest();
		vReset = p.vReset();
		vRheobase = p.vRheobase();
		deltaT = p.deltaT();
		a = p.aNs();
		tauW = p.tauW();
		b = p.bPa();
		amplitude = p.current();
	}
}

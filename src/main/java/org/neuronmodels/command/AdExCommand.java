package org.neuronmodels.command;

import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.adex.AdExModel;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.adex.AdExPreset;
import org.neuronmodels.service.ModelRun;
import org.neuronmodels.service.Images;
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
		"OU noise: standard deviation in nA).", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 0.065;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = "Firing pattern preset", description = "Custom: use the parameters below. Otherwise the " +
		"parameters and the stimulus amplitude of that pattern in Naud et al. (2008), Table 1, replace them.",
		choices = { AdExPreset.CUSTOM, AdExPreset.TONIC_LABEL, AdExPreset.ADAPTING_LABEL,
		AdExPreset.INITIAL_BURST_LABEL, AdExPreset.BURSTING_LABEL, AdExPreset.IRREGULAR_LABEL,
		AdExPreset.TRANSIENT_LABEL,
			AdExPreset.DELAYED_LABEL, AdExPreset.DELAYED_BURSTING_LABEL }, callback = "presetChanged")
	String preset = AdExPreset.CUSTOM;

	@Parameter(label = AdExModel.TAU_M_LABEL, description = AdExModel.TAU_M_DESCRIPTION, min = AdExModel.TAU_M_MIN,
		max = AdExModel.TAU_M_MAX)
	double tauM = AdExModel.TAU_M_DEFAULT;

	@Parameter(label = AdExModel.RESISTANCE_LABEL, description = AdExModel.RESISTANCE_DESCRIPTION,
		min = AdExModel.RESISTANCE_MIN, max = AdExModel.RESISTANCE_MAX)
	double resistance = AdExModel.RESISTANCE_DEFAULT;

	@Parameter(label = AdExModel.V_REST_LABEL, description = AdExModel.V_REST_DESCRIPTION,
		min = AdExModel.POTENTIAL_MIN, max = AdExModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRest = AdExModel.V_REST_DEFAULT;

	@Parameter(label = AdExModel.V_RESET_LABEL, description = AdExModel.V_RESET_DESCRIPTION,
		min = AdExModel.POTENTIAL_MIN, max = AdExModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vReset = AdExModel.V_RESET_DEFAULT;

	@Parameter(label = AdExModel.V_RHEOBASE_LABEL, description = AdExModel.V_RHEOBASE_DESCRIPTION,
		min = AdExModel.POTENTIAL_MIN, max = AdExModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRheobase = AdExModel.V_RHEOBASE_DEFAULT;

	@Parameter(label = AdExModel.DELTA_T_LABEL, description = AdExModel.DELTA_T_DESCRIPTION,
		min = AdExModel.DELTA_T_MIN,
		max = AdExModel.DELTA_T_MAX)
	double deltaT = AdExModel.DELTA_T_DEFAULT;

	@Parameter(label = AdExModel.A_LABEL, description = AdExModel.A_DESCRIPTION, min = AdExModel.ADAPTATION_MIN,
		max = AdExModel.ADAPTATION_MAX)
	double a = AdExModel.A_DEFAULT;

	@Parameter(label = AdExModel.TAU_W_LABEL, description = AdExModel.TAU_W_DESCRIPTION, min = AdExModel.TAU_W_MIN,
		max = AdExModel.TAU_W_MAX)
	double tauW = AdExModel.TAU_W_DEFAULT;

	@Parameter(label = AdExModel.B_LABEL, description = AdExModel.B_DESCRIPTION, min = AdExModel.ADAPTATION_MIN,
		max = AdExModel.ADAPTATION_MAX)
	double b = AdExModel.B_DEFAULT;

	@Parameter(label = AdExModel.V_SPIKE_LABEL, description = AdExModel.V_SPIKE_DESCRIPTION,
		min = AdExModel.POTENTIAL_MIN, max = AdExModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vSpike = AdExModel.V_SPIKE_DEFAULT;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m and τ_w.",
		min = AdExModel.DT_MIN, max = AdExModel.DT_MAX)
	double dt = AdExModel.DT_DEFAULT;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 400;

	@Parameter(label = "Integrator", description = "Euler: forward Euler (first order, as Brian2 method=\"euler\"); " +
		"Heun: explicit trapezoidal rule (second order).", choices = { Integrators.EULER, Integrators.HEUN })
	String integrator = AdExModel.INTEGRATOR_DEFAULT;

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = InputLimits.DRAWN_POTENTIAL_MIN,
		max = InputLimits.DRAWN_POTENTIAL_MAX)
	double spikePeak = 20;

	@Parameter(type = ItemIO.OUTPUT, label = "Adaptation current w (nA)")
	double[] adaptation;

	/** The neuron of the inputs (a in nS, b in pA), on the service's handle (its check is the one the run starts with). */
	private ModelRun adEx() {
		return model(AdExModel.NAME).set("tauM", tauM).set("resistance", resistance).set("vRest", vRest).set("vReset",
			vReset).set("vRheobase", vRheobase).set("deltaT", deltaT).set("a", a).set("tauW", tauW).set("b", b).set(
				"vSpike", vSpike).integrator(integrator);
	}

	@Override
	protected void checkInputs() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		checkOutputMemory(grid, 2);
		Images.checkRaster(grid.duration(), rasterBin, 1);
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) return; // a preset replaces the rest when it runs
		neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
		adEx().dt(dt).duration(duration).check();
	}

	@Override
	protected void execute() {
		if (!AdExPreset.CUSTOM.equalsIgnoreCase(preset)) applyPreset(AdExPreset.fromLabel(preset));
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final SimulationResult r = simulateChecked((d, len, monitor) -> adEx().dt(d).duration(len).stimulus(neuron
			.stimuli().of(spec, TimeGrid.of(duration, d))).monitor(monitor).run(), grid.dt(), duration,
			0, spec, amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		adaptation = neuron.analysis().trace(r, "w", 0);
		publish(r, window, neuron.charts().stateVariables(r, "AdEx", "nA", spikePeak, new String[] { "ϑ_rh", "v_spike" },
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

package org.neuronmodels.command;

import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.expif.ExpIfModel;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.service.ModelRun;
import org.neuronmodels.service.Images;
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
		"OU noise: standard deviation in nA).", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 0.8;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = ExpIfModel.TAU_M_LABEL, description = ExpIfModel.TAU_M_DESCRIPTION, min = ExpIfModel.TAU_M_MIN,
		max = ExpIfModel.TAU_M_MAX)
	double tauM = ExpIfModel.TAU_M_DEFAULT;

	@Parameter(label = ExpIfModel.RESISTANCE_LABEL, description = ExpIfModel.RESISTANCE_DESCRIPTION,
		min = ExpIfModel.RESISTANCE_MIN, max = ExpIfModel.RESISTANCE_MAX)
	double resistance = ExpIfModel.RESISTANCE_DEFAULT;

	@Parameter(label = ExpIfModel.V_REST_LABEL, description = ExpIfModel.V_REST_DESCRIPTION,
		min = ExpIfModel.POTENTIAL_MIN, max = ExpIfModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRest = ExpIfModel.V_REST_DEFAULT;

	@Parameter(label = ExpIfModel.V_RESET_LABEL, description = ExpIfModel.V_RESET_DESCRIPTION,
		min = ExpIfModel.POTENTIAL_MIN, max = ExpIfModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vReset = ExpIfModel.V_RESET_DEFAULT;

	@Parameter(label = ExpIfModel.V_RHEOBASE_LABEL, description = ExpIfModel.V_RHEOBASE_DESCRIPTION,
		min = ExpIfModel.POTENTIAL_MIN, max = ExpIfModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRheobase = ExpIfModel.V_RHEOBASE_DEFAULT;

	@Parameter(label = ExpIfModel.DELTA_T_LABEL, description = ExpIfModel.DELTA_T_DESCRIPTION,
		min = ExpIfModel.DELTA_T_MIN,
		max = ExpIfModel.DELTA_T_MAX)
	double deltaT = ExpIfModel.DELTA_T_DEFAULT;

	@Parameter(label = ExpIfModel.V_SPIKE_LABEL, description = ExpIfModel.V_SPIKE_DESCRIPTION,
		min = ExpIfModel.POTENTIAL_MIN, max = ExpIfModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vSpike = ExpIfModel.V_SPIKE_DEFAULT;

	@Parameter(label = ExpIfModel.T_REF_LABEL, description = ExpIfModel.T_REF_DESCRIPTION,
		min = ExpIfModel.T_REF_MIN, max = ExpIfModel.T_REF_MAX)
	double tRef = ExpIfModel.T_REF_DEFAULT;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m.",
		min = ExpIfModel.DT_MIN,
		max = ExpIfModel.DT_MAX)
	double dt = ExpIfModel.DT_DEFAULT;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 180;

	@Parameter(label = "Integrator", description = "Euler: forward Euler (first order, as Brian2 method=\"euler\"); " +
		"Heun: explicit trapezoidal rule (second order).", choices = { Integrators.EULER, Integrators.HEUN })
	String integrator = ExpIfModel.INTEGRATOR_DEFAULT;

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = InputLimits.DRAWN_POTENTIAL_MIN,
		max = InputLimits.DRAWN_POTENTIAL_MAX)
	double spikePeak = 20;

	/** The neuron of the inputs, on the service's handle (its check is the one the run starts with). */
	private ModelRun expIf() {
		return model(ExpIfModel.NAME).set("tauM", tauM).set("resistance", resistance).set("vRest", vRest).set("vReset",
			vReset).set("vRheobase", vRheobase).set("deltaT", deltaT).set("vSpike", vSpike).set("tRef", tRef)
			.integrator(integrator);
	}

	@Override
	protected void checkInputs() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		checkOutputMemory(grid, 1);
		neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
		expIf().dt(dt).duration(duration).check();
		Images.checkRaster(grid.duration(), rasterBin, 1);
	}

	@Override
	protected void execute() {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final SimulationResult r = simulateChecked((d, len, monitor) -> expIf().dt(d).duration(len).stimulus(neuron
			.stimuli().of(spec, TimeGrid.of(duration, d))).monitor(monitor).run(), grid.dt(), duration,
			tRef, spec, amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		publish(r, window, neuron.charts().stateVariables(r, "Exponential Integrate-and-Fire", "nA", spikePeak,
		new String[] {
			"ϑ_rh", "v_spike" }, new double[] { vRheobase, vSpike }), "ExpIF spike raster");
	}
}

package org.neuronmodels.command;

import java.util.List;

import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.LifSweep;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.service.Images;
import org.neuronmodels.service.ModelRun;
import org.neuronmodels.commandsweep.PopulationSweepable;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Simulates one leaky integrate-and-fire neuron driven by a chosen stimulus. */
@Plugin(type = Command.class, label = "Leaky Integrate-and-Fire",
	menuPath = "Plugins>Neuron Models>Leaky Integrate-and-Fire...")
public class LifCommand extends SingleNeuronCommand implements PopulationSweepable {

	{
		stimulus = "Step";
		stimStart = 20;
		stimStop = 180;
	}

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double amplitude = 2.5;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = InputLimits.CURRENT_MIN, max = InputLimits.CURRENT_MAX)
	double offset = 0;

	@Parameter(label = LifModel.V_REST_LABEL, description = LifModel.V_REST_DESCRIPTION,
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vRest = LifModel.V_REST_DEFAULT;

	@Parameter(label = LifModel.V_RESET_LABEL, description = LifModel.V_RESET_DESCRIPTION,
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vReset = LifModel.V_RESET_DEFAULT;

	@Parameter(label = LifModel.V_THRESHOLD_LABEL, description = LifModel.V_THRESHOLD_DESCRIPTION,
		min = LifModel.POTENTIAL_MIN, max = LifModel.POTENTIAL_MAX, stepSize = InputLimits.MV_STEP)
	double vThreshold = LifModel.V_THRESHOLD_DEFAULT;

	@Parameter(label = LifModel.RESISTANCE_LABEL, description = LifModel.RESISTANCE_DESCRIPTION,
		min = LifModel.RESISTANCE_MIN, max = LifModel.RESISTANCE_MAX)
	double resistance = LifModel.RESISTANCE_DEFAULT;

	@Parameter(label = LifModel.TAU_M_LABEL, description = LifModel.TAU_M_DESCRIPTION, min = LifModel.TAU_M_MIN,
		max = LifModel.TAU_M_MAX)
	double tauM = LifModel.TAU_M_DEFAULT;

	@Parameter(label = LifModel.T_REF_LABEL, description = LifModel.T_REF_DESCRIPTION,
		min = LifModel.T_REF_MIN, max = LifModel.T_REF_MAX)
	double tRef = LifModel.T_REF_DEFAULT;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m.",
		min = LifModel.DT_MIN,
		max = LifModel.DT_MAX)
	double dt = LifModel.DT_DEFAULT;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = InputLimits.POSITIVE_MIN,
		max = InputLimits.DURATION_MAX)
	double duration = 200;

	@Parameter(label = "Integrator", description = "Exact: exponential update for input constant over a step; " +
		"Euler: forward Euler (first order).", choices = { Integrators.EXACT, Integrators.EULER })
	String integrator = LifModel.INTEGRATOR_DEFAULT;

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = InputLimits.DRAWN_POTENTIAL_MIN,
		max = InputLimits.DRAWN_POTENTIAL_MAX)
	double spikePeak = 20;

	@Override
	protected void checkInputs() {
		final TimeGrid grid = lif().dt(dt).duration(duration).check();
		checkOutputMemory(grid, 1);
		neuron.stimuli().of(stimulusSpec(amplitude, offset), grid);
		Images.checkRaster(grid.duration(), rasterBin, 1);
	}

	@Override
	protected void execute() {
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final SimulationResult r = simulateChecked((d, len, monitor) -> lif().dt(d).duration(len).stimulus(neuron
			.stimuli().of(spec, TimeGrid.of(duration, d))).monitor(monitor).run(), dt, duration, tRef, spec,
			amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		publish(r, window, neuron.charts().voltage(r, "Leaky Integrate-and-Fire", "nA", vThreshold, spikePeak),
			"LIF spike raster");
	}

	/** The LIF neuron of the inputs, on the service's handle (its check is the one the run starts with). */
	private ModelRun lif() {
		return model(LifModel.NAME).set(LifModel.V_REST, vRest).set(LifModel.V_RESET, vReset).set(LifModel.V_THRESHOLD,
			vThreshold).set(LifModel.RESISTANCE, resistance).set(LifModel.TAU_M, tauM).set(LifModel.T_REF, tRef)
			.integrator(integrator);
	}

	@Override
	public boolean canSweepAsPopulation(final List<String> parameters) {
		return neuron.analysis().lifSweepable(parameters);
	}

	@Override
	public SweepResult sweepAsPopulation(final SweepGrid grid, final int[] tracePoints, final int threads,
		final ProgressMonitor monitor)
	{
		final LifSweep.Settings s = new LifSweep.Settings();
		s.vRest = vRest;
		s.vReset = vReset;
		s.vThreshold = vThreshold;
		s.resistance = resistance;
		s.tauM = tauM;
		s.tRef = tRef;
		s.dt = dt;
		s.duration = duration;
		s.integrator = integrator;
		s.stimulus = stimulusSpec(amplitude, offset);
		return neuron.analysis().lifSweep(s, grid, tracePoints, threads, monitor);
	}
}

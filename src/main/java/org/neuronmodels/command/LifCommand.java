package org.neuronmodels.command;

import java.util.List;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.LifSweep;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.sweep.PopulationSweepable;
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
		"OU noise: standard deviation in nA).", min = "-1000000", max = "1000000")
	double amplitude = 2.5;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = "-1000000", max = "1000000")
	double offset = 0;

	@Parameter(label = "Resting potential V_rest (mV)", description = "Leak reversal potential E_L, in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vRest = -70;

	@Parameter(label = "Reset potential V_reset (mV)", description = "Potential after a spike, in mV; below V_th.",
		min = "-200", max = "200", stepSize = "1")
	double vReset = -65;

	@Parameter(label = "Threshold V_th (mV)", description = "A spike when V exceeds this potential (strictly), in mV.",
		min = "-200", max = "200", stepSize = "1")
	double vThreshold = -50;

	@Parameter(label = "Membrane resistance R (MΩ)", description = "Input resistance in MΩ (nA × MΩ = mV).",
		min = "0.000001", max = "1000000")
	double resistance = 10;

	@Parameter(label = "Membrane time constant τ_m (ms)", description = "τ_m = R·C in ms.", min = "0.001",
		max = "100000")
	double tauM = 8;

	@Parameter(label = "Refractory period (ms)", description = "Absolute refractory period in ms: V held at V_reset.",
		min = "0", max = "10000")
	double tRef = 2;

	@Parameter(label = "Time step dt (ms)", description = "Integration time step in ms; at most τ_m.", min = "0.000001",
		max = "100")
	double dt = 0.1;

	@Parameter(label = "Duration (ms)", description = "Simulated time in ms.", min = "0.000001", max = "100000000")
	double duration = 200;

	@Parameter(label = "Integrator", description = "Exact: exponential update for input constant over a step; " +
		"Euler: forward Euler (first order).", choices = { "Exact", "Euler" })
	String integrator = "Exact";

	@Parameter(label = "Drawn spike peak (mV)", description = "Height to which spikes are drawn in the chart " +
		"(display only; the voltage output is not changed).", min = "-200", max = "1000")
	double spikePeak = 20;

	@Parameter(label = "Record every (steps)", description = "Keep one trace sample every this many steps " +
		"(1: every step); saves memory on long runs. Spikes, rate and raster stay exact.", min = "1",
		max = "1000000")
	int recordEvery = 1;

	@Override
	protected void checkInputs() {
		final TimeGrid grid = LifSimulation.check(parameters(), dt, duration, recording());
		stimulusSpec(amplitude, offset).build(grid);
		Rasters.check(grid.duration(), rasterBin, 1);
	}

	@Override
	protected void execute() {
		final StimulusSpec spec = stimulusSpec(amplitude, offset);
		final LifParameters p = parameters();
		final SimulationResult r = simulateChecked((d, len, monitor) -> neuron.simulateLif(p, LifIntegrator.fromLabel(
			integrator), d, len, spec.build(TimeGrid.of(len, d)), recording(), monitor), dt, duration, tRef, spec,
			amplitude);
		final double[] window = spec.rateWindow(r.grid().duration());
		publish(r, window, neuron.voltageChart(r, "Leaky Integrate-and-Fire", "nA", vThreshold, spikePeak),
			"LIF spike raster");
	}

	private LifParameters parameters() {
		return LifParameters.uniform(1, vRest, vReset, vThreshold, resistance, tauM, tRef);
	}

	private Recording recording() {
		return Recording.of(0).every(recordEvery);
	}

	@Override
	public boolean canSweepAsPopulation(final List<String> parameters) {
		return parameters.stream().allMatch(LifSweep::supports);
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
		s.integrator = LifIntegrator.fromLabel(integrator);
		s.stimulus = stimulusSpec(amplitude, offset);
		return LifSweep.run(s, grid, tracePoints, threads, monitor);
	}
}

package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;

/**
 * Runs one Izhikevich neuron as a preset describes. The run has
 * {@code round(duration/dt)} steps (see the time-step convention in
 * {@link org.neuronmodels.core}): a figure script's {@code for t = 0:tau:T}
 * labels the state after the step from {@code t} with {@code t}; here it is
 * the sample at {@code t + dt}, so spike times are the script's plus one
 * step, and the script's extra last step from {@code t = T} is not run.
 */
public final class IzhikevichSimulation {

	/** The largest time step accepted, ms. */
	public static final double MAX_DT = 5;

	private IzhikevichSimulation() {}

	/**
	 * Runs {@code preset} with {@code integration} and time step {@code dt} ms
	 * ({@code 0}: the preset's own), recording v, u and I.
	 */
	public static SimulationResult run(final IzhikevichPreset preset, final IzhikevichIntegration integration,
		final double dt, final ProgressMonitor monitor)
	{
		return run(preset, integration, dt, Recording.of(0), monitor);
	}

	/** As {@link #run(IzhikevichPreset, IzhikevichIntegration, double, ProgressMonitor)}, recording as asked. */
	public static SimulationResult run(final IzhikevichPreset preset, final IzhikevichIntegration integration,
		final double dt, final Recording recording, final ProgressMonitor monitor)
	{
		Checks.inRange("dt", "ms", dt, 0, MAX_DT);
		final double step = dt == 0 ? preset.dt() : dt;
		return run(preset, integration.scheme(preset), step, recording, monitor);
	}

	/** Runs {@code preset} with {@code scheme} and time step {@code dt} ms, recording v, u and I. */
	public static SimulationResult run(final IzhikevichPreset preset, final IzhikevichScheme scheme,
		final double dt, final ProgressMonitor monitor)
	{
		return run(preset, scheme, dt, Recording.of(0), monitor);
	}

	/** Runs {@code preset} with {@code scheme} and time step {@code dt} ms, recording v, u and I as asked. */
	public static SimulationResult run(final IzhikevichPreset preset, final IzhikevichScheme scheme,
		final double dt, final Recording recording, final ProgressMonitor monitor)
	{
		Checks.inRange("dt", "ms", dt, 1e-6, MAX_DT);
		final TimeGrid grid = TimeGrid.of(preset.duration(), dt);
		recording.checkAgainst(1);
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, 2, samples),
			"duration",
			"a run of " + grid.steps() + " steps (input samples and traces)");
		final double[] input = preset.stimulus().sample(grid);
		final IzhikevichPopulation neuron = new IzhikevichPopulation(IzhikevichParameters.uniform(1, preset.cell()),
			dt, scheme);
		neuron.setState(0, preset.vInit(), preset.uInit());
		return Simulation.run(neuron, CurrentInput.shared(input), grid, recording, monitor);
	}
}

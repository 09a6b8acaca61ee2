package org.neuronmodels.core.hh;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * One Hodgkin-Huxley population driven by one stimulus (&micro;A/cm&sup2;,
 * sampled once and shared by all neurons): checks every input, then runs.
 */
public final class HhSimulation {

	/** The largest time step accepted, ms: the fastest gating time constants are about 0.1 ms. */
	public static final double MAX_DT = 1;

	private HhSimulation() {}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording neuron 0's traces.
	 */
	public static SimulationResult run(final HhParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return run(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording as asked.
	 */
	public static SimulationResult run(final HhParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		final Scheme scheme = ModelRegistry.byName(HhModel.NAME).scheme(integrator);
		final TimeGrid grid = TimeGrid.of(duration, dt);
		Checks.inRange("dt", "ms", dt, 0, MAX_DT);
		parameters.validate();
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, 7, samples),
			"duration", "a run of " + grid.steps() + " steps (input samples and traces)");
		final double[] input = stimulus.sample(grid);
		final HhPopulation population = new HhPopulation(parameters, dt, scheme);
		return Simulation.run(population, CurrentInput.shared(input), grid, recording, monitor);
	}
}

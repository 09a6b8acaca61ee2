package org.neuronmodels.core.expif;

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
 * One exponential integrate-and-fire population driven by one stimulus:
 * checks every input, then runs. The stimulus is sampled once and shared by
 * all neurons.
 */
public final class ExpIfSimulation {

	private ExpIfSimulation() {}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording neuron 0's traces.
	 */
	public static SimulationResult run(final ExpIfParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return run(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording as asked.
	 */
	public static SimulationResult run(final ExpIfParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		final Scheme scheme = ModelRegistry.byName(ExpIfModel.NAME).scheme(integrator);
		final TimeGrid grid = TimeGrid.of(duration, dt);
		parameters.validate();
		for (int i = 0; i < parameters.size(); i++)
			checkStep(dt, "tauM", parameters.tauM[i]);
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, 1, samples),
			"duration", "a run of " + grid.steps() + " steps (input samples and traces)");
		final double[] input = stimulus.sample(grid);
		final ExpIfPopulation population = new ExpIfPopulation(parameters, dt, scheme);
		return Simulation.run(population, CurrentInput.shared(input), grid, recording, monitor);
	}

	/** Fails unless {@code dt} does not exceed the time constant {@code name} = {@code tau} ms. */
	public static void checkStep(final double dt, final String name, final double tau) {
		if (dt > tau) {
			throw Checks.invalid("dt", "ms", dt, "must not exceed " + name + " = " + Checks.fmt(tau) +
				" ms (use dt ≤ " + name + "/10 for accuracy)");
		}
	}
}

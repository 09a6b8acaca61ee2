package org.neuronmodels.core.lif;

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
 * One LIF population driven by one stimulus: checks every input, then runs.
 * The stimulus is sampled once and shared by all neurons.
 */
public final class LifSimulation {

	private LifSimulation() {}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording neuron 0's traces.
	 */
	public static SimulationResult run(final LifParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return run(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording as asked.
	 */
	public static SimulationResult run(final LifParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		final Scheme scheme = ModelRegistry.byName(LifModel.NAME).scheme(integrator);
		final TimeGrid grid = check(parameters, dt, duration, recording);
		final double[] input = stimulus.sample(grid);
		final LifPopulation population = new LifPopulation(parameters, dt, scheme);
		return Simulation.run(population, CurrentInput.shared(input), grid, recording, monitor);
	}

	/** Fails unless {@code 0 < dt ≤ tauM}, naming {@code dt}. */
	public static void checkStep(final double dt, final double tauM) {
		Checks.positive("dt", "ms", dt);
		if (dt > tauM) {
			throw Checks.invalid("dt", "ms", dt, "must not exceed tauM = " + Checks.fmt(tauM) +
				" ms (use dt ≤ tauM/10 for accuracy)");
		}
	}

	/**
	 * Every check {@link #run} makes before it simulates: the time grid, the
	 * parameters, {@code dt ≤ tauM}, the recorded neurons and the memory the run
	 * needs. Returns the run's time grid; throws
	 * {@link org.neuronmodels.core.InvalidParameterException} naming the field.
	 */
	public static TimeGrid check(final LifParameters parameters, final double dt, final double duration,
		final Recording recording)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		parameters.validate();
		for (int i = 0; i < parameters.size(); i++)
			checkStep(dt, parameters.tauM[i]);
		recording.checkAgainst(parameters.size());
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, 1, samples),
			"duration", "a run of " + grid.steps() + " steps (input samples and traces)");
		return grid;
	}
}

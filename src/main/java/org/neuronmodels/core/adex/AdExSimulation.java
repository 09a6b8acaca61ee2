package org.neuronmodels.core.adex;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.expif.ExpIfSimulation;
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
 * One AdEx population driven by one stimulus: checks every input, then runs.
 * The stimulus is sampled once and shared by all neurons.
 */
public final class AdExSimulation {

	private AdExSimulation() {}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording neuron 0's V and w.
	 */
	public static SimulationResult run(final AdExParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final ProgressMonitor monitor)
	{
		return run(parameters, integrator, dt, duration, stimulus, Recording.of(0), monitor);
	}

	/**
	 * Runs {@code parameters} for {@code duration} ms with step {@code dt} and the integrator named
	 * {@code integrator} (one of the model descriptor's; blank: its default), recording as asked.
	 */
	public static SimulationResult run(final AdExParameters parameters, final String integrator,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		final Scheme scheme = ModelRegistry.byName(AdExModel.NAME).scheme(integrator);
		final TimeGrid grid = TimeGrid.of(duration, dt);
		parameters.validate();
		for (int i = 0; i < parameters.size(); i++) {
			ExpIfSimulation.checkStep(dt, "tauM", parameters.tauM[i]);
			ExpIfSimulation.checkStep(dt, "tauW", parameters.tauW[i]);
		}
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, 2, samples),
			"duration", "a run of " + grid.steps() + " steps (input samples and traces)");
		final double[] input = stimulus.sample(grid);
		final AdExPopulation population = new AdExPopulation(parameters, dt, scheme);
		return Simulation.run(population, CurrentInput.shared(input), grid, recording, monitor);
	}
}

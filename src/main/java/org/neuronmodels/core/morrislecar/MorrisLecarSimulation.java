package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * One Morris–Lecar population driven by one stimulus (&micro;A/cm&sup2;, sampled
 * once and shared by all neurons): checks every input, then runs.
 */
public final class MorrisLecarSimulation {

	private MorrisLecarSimulation() {}

	/** Checks the parameters (and their resting states) and the time step. */
	public static void check(final MorrisLecarParameters parameters, final double dt) {
		checkStep(dt);
		parameters.validate();
	}

	/** Checks 0 &lt; dt &le; {@link MorrisLecarModel#DT_MAX_VALUE} ms. */
	public static void checkStep(final double dt) {
		Checks.inRange("dt", "ms", dt, 0, MorrisLecarModel.DT_MAX_VALUE);
		Checks.positive("dt", "ms", dt);
	}

	/** Runs {@code parameters} for {@code duration} ms with step {@code dt}, recording as asked. */
	public static SimulationResult run(final MorrisLecarParameters parameters, final MorrisLecarScheme scheme,
		final double dt, final double duration, final Stimulus stimulus, final Recording recording,
		final ProgressMonitor monitor)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		check(parameters, dt);
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, 5, samples),
			"duration", "a run of " + grid.steps() + " steps (input samples and traces)");
		final double[] input = stimulus.sample(grid);
		final MorrisLecarPopulation population = new MorrisLecarPopulation(parameters, dt, scheme);
		return Simulation.run(population, CurrentInput.shared(input), grid, recording, monitor);
	}
}

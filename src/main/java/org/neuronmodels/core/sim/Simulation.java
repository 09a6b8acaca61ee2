package org.neuronmodels.core.sim;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;

/**
 * A single-neuron (or vectorised) run: the {@link StepLoop} with one
 * population as its only chunk, on the calling thread. Per step: input,
 * recording, one population step, spike bookkeeping, blow-up detection
 * ({@link PopulationChunk}); progress and cancellation every
 * {@value StepLoop#CHECK_EVERY} steps. No allocation per step. Blow-up is a
 * voltage outside the model's {@link SpikingPopulation#voltageBounds() bounds}
 * (NaN included) or any other state variable that is NaN or infinite, checked
 * after every step.
 */
public final class Simulation {

	private Simulation() {}

	/** Runs {@code population} over {@code grid} with {@code input}, recording as asked. */
	public static SimulationResult run(final SpikingPopulation population, final CurrentInput input,
		final TimeGrid grid, final Recording recording, final ProgressMonitor monitor)
	{
		final int n = population.size();
		final int steps = grid.steps();
		final double dt = grid.dt();
		recording.checkAgainst(n);
		final String[] variables = population.variables();
		final int samples = recording.samples(steps);
		MemoryBudget.require(TraceRecord.bytesNeeded(recording.neurons().length, variables.length, samples),
			"duration", "recording " + recording.neurons().length + " neuron(s) for " + steps + " steps");

		final TraceRecord traces = new TraceRecord(recording.neurons(), variables, population.variableUnits(),
			samples);
		final SpikeRecord spikes = new SpikeRecord(n);
		final PopulationChunk chunk = new PopulationChunk(population, input, dt, samples > 0 ? traces : null,
			recording.every(), (k, spiked, fired, in) -> {
				final double tSpike = (k + 1) * dt;
				for (int j = 0; j < fired; j++)
					spikes.add(spiked[j], tSpike);
			}, true);
		new StepLoop(new StepLoop.Chunk[] { chunk }, 1, steps, dt, monitor).run();
		return new SimulationResult(grid, spikes, traces);
	}
}

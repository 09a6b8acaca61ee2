package org.neuronmodels.core.sim;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;

/**
 * The fixed-step simulation loop: input, recording, one population step, spike
 * bookkeeping, blow-up detection, progress and cancellation. No allocation
 * per step. Blow-up is a voltage outside the model's
 * {@link SpikingPopulation#voltageBounds() bounds} (NaN included) or any other
 * state variable that is NaN or infinite, checked after every step.
 */
public final class Simulation {

	/** How often (in steps) progress is reported and cancellation checked. */
	private static final int CHECK_EVERY = 1024;

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
		final String[] units = population.variableUnits();
		final int samples = recording.samples(steps);
		MemoryBudget.require(TraceRecord.bytesNeeded(recording.neurons().length, variables.length, samples),
			"duration", "recording " + recording.neurons().length + " neuron(s) for " + steps + " steps");

		final TraceRecord traces = new TraceRecord(recording.neurons(), variables, population.variableUnits(),
			samples);
		final SpikeRecord spikes = new SpikeRecord(n);
		final double[][] state = new double[variables.length][];
		for (int v = 0; v < state.length; v++)
			state[v] = population.variable(v);
		final double[] in = new double[n];
		final int[] spiked = new int[n];
		final double[] v = population.voltage();
		final double[] bounds = population.voltageBounds();
		final double lo = bounds[0], hi = bounds[1];
		final int every = recording.every();
		final boolean tracing = samples > 0;

		for (int k = 0; k < steps; k++) {
			input.currents(k, in);
			if (tracing && k % every == 0) traces.store(k / every, k * dt, state, in);
			final int fired = population.step(in, spiked);
			final double tSpike = (k + 1) * dt;
			for (int j = 0; j < fired; j++)
				spikes.add(spiked[j], tSpike);
			for (int i = 0; i < n; i++) {
				final double x = v[i];
				if (!(x >= lo && x <= hi)) throw new NumericalInstabilityException(i, tSpike, x, dt);
			}
			for (int s = 1; s < state.length; s++) {
				final double[] x = state[s];
				for (int i = 0; i < n; i++)
					if (!Double.isFinite(x[i])) {
						throw new NumericalInstabilityException(variables[s], units[s], i, tSpike, x[i], dt);
					}
			}
			if ((k + 1) % CHECK_EVERY == 0) {
				if (monitor.isCancelled()) throw new SimulationCancelledException(tSpike);
				monitor.progress(k + 1, steps);
			}
		}
		monitor.progress(steps, steps);
		return new SimulationResult(grid, spikes, traces);
	}
}

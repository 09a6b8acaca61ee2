package org.neuronmodels.core.sweep;

import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.PopulationChunk;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SpikingPopulation;
import org.neuronmodels.core.sim.StepLoop;

/**
 * The f–I curve: every current is one neuron of a single population, run
 * once ({@link CurrentInput#scaled} gives each its amplitude). Spikes are not
 * stored: per neuron only the count and the first and last spike time in the
 * rate window are kept, so memory is O(currents).
 * <p>
 * <b>Rate.</b> The steady rate {@code 1000·(n − 1)/(t_last − t_first)} Hz of the
 * {@code n} spikes caused by the steps of the second half of the window that
 * carries the current (the first half is left to onset transients and
 * adaptation), i.e. 1000 / mean interspike interval; 0 with fewer than two
 * spikes there (no repetitive firing). The spike count covers the whole window.
 * With grid spike times (stamped {@code t_(k+1)}) every interval of a
 * reset model is rounded up to whole steps.
 * </p>
 * <p>
 * <b>Interpolated rate.</b> The crossing inside the spike step is located by the
 * model's {@link CrossingTimer} at {@code t_k + f·dt}. A reset model resets
 * at the end of that step, {@code (1 − f)·dt} later than a continuous-time
 * neuron; for constant input the trajectory after a reset is only shifted by
 * that lag, so each interval is measured from crossing to crossing minus the
 * lag of the first: {@code t_c(j+1) − t_c(j) − (1 − f_j)·dt}. For the exact
 * LIF update this is exactly {@code t_ref + τ·ln(...)}, the continuous interval
 * (with {@code t_ref} rounded to whole steps).
 * </p>
 */
public final class FiSweep {

	/** Most currents one sweep accepts. */
	public static final int MAX_CURRENTS = 10_000_000;

	private FiSweep() {}

	/** {@code steps} currents (in {@code unit}) evenly spaced from {@code min} to {@code max} (just {@code min} if one). */
	public static double[] currents(final double min, final double max, final int steps, final String unit) {
		Checks.finite("currentMin", unit, min);
		Checks.finite("currentMax", unit, max);
		Checks.inRange("currentSteps", steps, 1, MAX_CURRENTS);
		if (!(max >= min)) {
			throw Checks.invalid("currentMax", unit, max, "must be at least currentMin = " + Checks.fmt(min) + " " +
				unit);
		}
		final double[] c = new double[steps];
		for (int i = 0; i < steps; i++)
			c[i] = steps == 1 ? min : min + (max - min) * i / (steps - 1);
		if (steps > 1) c[steps - 1] = max;
		return c;
	}

	/** Simulates one neuron per current and returns the rates; {@code interpolate} adds the interpolated ones. */
	public static FiRates simulate(final ModelSetup setup, final double[] currents, final FiProtocol protocol,
		final boolean interpolate, final ProgressMonitor monitor)
	{
		final TimeGrid grid = protocol.grid(setup.dt());
		final int n = currents.length;
		MemoryBudget.require(8.0 * grid.steps() + 96.0 * n, "currentSteps", n + " neurons for " + grid.steps() +
			" steps");
		final SpikingPopulation population = setup.population(n);
		final CrossingTimer timer = interpolate ? setup.crossingTimer(population) : null;
		if (interpolate && timer == null) {
			throw new InvalidParameterException("interpolateSpikes", "interpolateSpikes = true is invalid: model \"" +
				setup.model().name() + "\" cannot interpolate its threshold crossings");
		}
		final double[] unit = protocol.unitSamples(grid);
		final int[] window = FiProtocol.window(unit);
		return run(population, timer, interpolate, CurrentInput.scaled(unit, currents, new double[n]), grid,
			window[0], window[1], monitor);
	}

	private static FiRates run(final SpikingPopulation population, final CrossingTimer timer,
		final boolean interpolate, final CurrentInput input, final TimeGrid grid, final int first, final int end,
		final ProgressMonitor monitor)
	{
		final int n = population.size();
		final double dt = grid.dt();
		final double[] v = population.voltage();
		final double[] vStart = interpolate ? new double[n] : null;
		final SpikeTally tally = new SpikeTally(n, interpolate);
		final boolean resets = timer != null && timer.resetsAtStepEnd();
		final int middle = first + (end - first) / 2;
		final PopulationChunk.StepHook hook = new PopulationChunk.StepHook() {

			@Override
			public void before(final int k, final double[] in) {
				if (interpolate) System.arraycopy(v, 0, vStart, 0, n);
			}

			@Override
			public void after(final int k, final int[] spiked, final int fired, final double[] in) {
				if (k >= first && k < middle) {
					for (int j = 0; j < fired; j++)
						tally.early(spiked[j]);
				}
				else if (k >= middle && k < end) {
					for (int j = 0; j < fired; j++) {
						final int i = spiked[j];
						tally.spike(i, (k + 1) * dt);
						if (interpolate) {
							final double f = timer.fraction(i, vStart[i], in[i]);
							tally.crossing(i, (k + f) * dt, resets ? (1 - f) * dt : 0);
						}
					}
				}
			}
		};
		final PopulationChunk chunk = new PopulationChunk(population, input, dt, null, 1, hook, false);
		new StepLoop(new StepLoop.Chunk[] { chunk }, 1, grid.steps(), dt, monitor).run();
		return tally.rates();
	}
}

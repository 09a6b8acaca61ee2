package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.Rk4;
import java.util.Arrays;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;

/**
 * Test helper: constant currents, one neuron each, run together; the rate of
 * each is measured as the f–I curve measures it (and as the scipy reference
 * does): {@code 1000·(n − 1)/(t_last − t_first)} Hz over the spikes of the
 * second half of the run, 0 below two spikes there.
 */
final class MorrisLecarRuns {

	private MorrisLecarRuns() {}

	/** The spikes of one neuron per current, each held constant from t = 0, started at {@code vInit} (NaN: rest at 0). */
	static SpikeRecord spikes(final MorrisLecarCell cell, final double[] currents, final double vInit,
		final double duration, final double dt, final Scheme scheme)
	{
		final MorrisLecarPopulation p = new MorrisLecarPopulation(MorrisLecarParameters.uniform(currents.length, cell,
			vInit, MorrisLecarModel.SPIKE_THRESHOLD_DEFAULT), dt, scheme);
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final double[] ones = new double[grid.steps()];
		Arrays.fill(ones, 1);
		return Simulation.run(p, CurrentInput.scaled(ones, currents, new double[currents.length]), grid, Recording
			.spikesOnly(), ProgressMonitor.NONE).spikes();
	}

	/** The steady rate (Hz) per current, from the rest state at zero current, RK4 at dt = 0.05 ms. */
	static double[] rates(final MorrisLecarCell cell, final double duration, final double... currents) {
		return rates(spikes(cell, currents, Double.NaN, duration, 0.05, IntegratorRegistry.get(Rk4.NAME)), duration);
	}

	/** The steady rate (Hz) of every neuron of {@code spikes} over the second half of {@code duration}. */
	static double[] rates(final SpikeRecord spikes, final double duration) {
		final double[] r = new double[spikes.populationSize()];
		for (int i = 0; i < r.length; i++) {
			final double[] t = Arrays.stream(spikes.timesOf(i)).filter(x -> x >= duration / 2).toArray();
			r[i] = t.length < 2 ? 0 : 1000.0 * (t.length - 1) / (t[t.length - 1] - t[0]);
		}
		return r;
	}

	/** {@code count} currents from {@code from} in steps of {@code step}. */
	static double[] grid(final double from, final double step, final int count) {
		final double[] c = new double[count];
		for (int i = 0; i < count; i++)
			c[i] = from + i * step;
		return c;
	}

	/** The first current of {@code currents} (ascending) with a non-zero rate, NaN if none. */
	static double onset(final double[] currents, final double[] rates) {
		for (int i = 0; i < currents.length; i++)
			if (rates[i] > 0) return currents[i];
		return Double.NaN;
	}
}

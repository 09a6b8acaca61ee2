package org.neuronmodels.core.check;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * Whether spikes are resolved by the time step: a neuron that spikes on
 * consecutive steps (or within {@value #MIN_STEPS_BETWEEN} steps) fires as
 * fast as the grid allows, so its rate is set by dt, not by the model; one that
 * fires at the ceiling of its refractory period (every interval within one step
 * of {@code tRef + dt}) is saturated.
 */
public final class StepSizeCheck {

	/** Spikes closer than this many steps are not resolved. */
	static final int MIN_STEPS_BETWEEN = 3;

	private StepSizeCheck() {}

	/** The warning for {@code spikes} on a grid of step {@code dt} (ms) with refractory period {@code tRef}, or null. */
	public static String check(final SpikeRecord spikes, final double dt, final double tRef, final double duration) {
		return check(spikes, dt, tRef, duration, MIN_STEPS_BETWEEN, 0);
	}

	/**
	 * The same with spikes closer than {@code minSteps} steps flagged only when
	 * more than {@code fraction} of the neurons have them (networks: a few fast
	 * neurons are normal).
	 */
	public static String check(final SpikeRecord spikes, final double dt, final double tRef, final double duration,
		final int minSteps, final double fraction)
	{
		final int n = spikes.populationSize();
		// every neuron's times in one pass (record order, as timesOf gives them): linear in neurons + spikes
		final int[] start = new int[n + 1], counts = spikes.countsPerNeuron(), who = spikes.neurons();
		for (int i = 0; i < n; i++)
			start[i + 1] = start[i] + counts[i];
		final int[] fill = java.util.Arrays.copyOf(start, n);
		final double[] when = spikes.times(), t = new double[when.length];
		for (int k = 0; k < who.length; k++)
			t[fill[who[k]]++] = when[k];
		int fast = 0, ceiling = 0, worst = -1;
		double minIsi = Double.POSITIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			final int a = start[i], length = start[i + 1] - a;
			if (length < 3) continue;
			double shortest = Double.POSITIVE_INFINITY;
			int atCeiling = 0;
			for (int k = a + 1; k < a + length; k++) {
				final double isi = t[k] - t[k - 1];
				shortest = Math.min(shortest, isi);
				if (tRef > 0 && isi <= tRef + 2 * dt) atCeiling++;
			}
			if (shortest < minSteps * dt - 1e-9 * dt) fast++;
			if (atCeiling >= 0.9 * (length - 1) && length >= 10) ceiling++;
			if (shortest < minIsi) {
				minIsi = shortest;
				worst = i;
			}
		}
		if (fast > fraction * n) {
			final double rate = counts[worst] / (duration / 1000);
			return "step size: " + who(fast, n, worst) + " spikes " + Math.round(minIsi / dt) + " step(s) apart " +
				"(rate " + Checks.fmt(round(rate)) + " Hz; dt = " + Checks.fmt(dt) + " ms allows at most " + Checks.fmt(
					round(1000 / dt)) + " Hz): dt does not resolve the spikes, so their count and rate are set by dt, " +
				"not by the model. Likely dt is too large" + (rate > 0.2 * 1000 / dt ? " or the input far too strong " +
					"for the model" : "") + ".";
		}
		if (ceiling > fraction * n) {
			return "step size: " + who(ceiling, n, -1) + " fires at the ceiling of the refractory period (" + Checks
				.fmt(round(1000 / (tRef + dt))) + " Hz with tRef = " + Checks.fmt(tRef) + " ms): the input saturates " +
				"the neuron; the rate says little about the model.";
		}
		return null;
	}

	private static String who(final int count, final int n, final int example) {
		if (n == 1) return "the neuron";
		return count + " of " + n + " neurons" + (example >= 0 ? " (e.g. neuron " + example + ")" : "");
	}

	static double round(final double x) {
		if (x == 0 || !Double.isFinite(x)) return x;
		final double scale = Math.pow(10, 3 - Math.ceil(Math.log10(Math.abs(x))));
		return Math.round(x * scale) / scale;
	}
}

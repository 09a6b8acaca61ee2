package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * Firing rates of a network run: per neuron and of the whole population over
 * time. ISI statistics (CV) are {@link org.neuronmodels.core.analysis.SpikeTrainStatistics}'s.
 */
public final class PopulationRates {

	private PopulationRates() {}

	/** The firing rate of every neuron in Hz over {@code durationMs}. */
	public static double[] ratesPerNeuron(final SpikeRecord spikes, final double durationMs) {
		final int[] counts = spikes.countsPerNeuron();
		final double[] r = new double[counts.length];
		for (int i = 0; i < r.length; i++)
			r[i] = counts[i] / (durationMs / 1000.0);
		return r;
	}

	/**
	 * The population rate in Hz (spikes per neuron per second) in bins of
	 * {@code dt} ms, smoothed by a centred moving average {@code windowMs} wide
	 * (shorter at the ends; 0 or one bin: no smoothing). Element k is the rate
	 * in the bin {@code (k·dt, (k+1)·dt]}.
	 */
	public static double[] populationRate(final SpikeRecord spikes, final double durationMs, final double dt,
		final double windowMs)
	{
		Checks.nonNegative("rateWindow", "ms", windowMs);
		final int bins = Math.max(1, (int) Math.round(durationMs / dt));
		final double[] count = new double[bins];
		for (int k = 0; k < spikes.count(); k++) {
			final int b = (int) Math.min(bins - 1, Math.max(0, Math.ceil(spikes.time(k) / dt - 1e-9) - 1));
			count[b]++;
		}
		final double scale = 1000.0 / dt / spikes.populationSize();
		final int half = (int) Math.floor(windowMs / dt / 2);
		final double[] rate = new double[bins];
		if (half == 0) {
			for (int b = 0; b < bins; b++)
				rate[b] = count[b] * scale;
			return rate;
		}
		final double[] prefix = new double[bins + 1];
		for (int b = 0; b < bins; b++)
			prefix[b + 1] = prefix[b] + count[b];
		for (int b = 0; b < bins; b++) {
			final int lo = Math.max(0, b - half), hi = Math.min(bins, b + half + 1);
			rate[b] = (prefix[hi] - prefix[lo]) / (hi - lo) * scale;
		}
		return rate;
	}
}

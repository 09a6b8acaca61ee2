package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.record.SpikeRecord;

/** Firing statistics of a network run: per-neuron rates, ISI variability, the population rate. */
public final class SpikeTrainStatistics {

	private SpikeTrainStatistics() {}

	/** The firing rate of every neuron in Hz over {@code durationMs}. */
	public static double[] ratesPerNeuron(final SpikeRecord spikes, final double durationMs) {
		final int[] counts = spikes.countsPerNeuron();
		final double[] r = new double[counts.length];
		for (int i = 0; i < r.length; i++)
			r[i] = counts[i] / (durationMs / 1000.0);
		return r;
	}

	/**
	 * The coefficient of variation (SD / mean, population SD) of the
	 * inter-spike intervals of every neuron; NaN for neurons with fewer than
	 * three spikes (two intervals).
	 */
	public static double[] cvPerNeuron(final SpikeRecord spikes) {
		final int n = spikes.populationSize();
		final int[] counts = spikes.countsPerNeuron();
		final double[] last = new double[n], sum = new double[n], sumSq = new double[n];
		final int[] seen = new int[n];
		for (int k = 0; k < spikes.count(); k++) {
			final int i = spikes.neuron(k);
			final double t = spikes.time(k);
			if (seen[i] > 0) {
				final double isi = t - last[i];
				sum[i] += isi;
				sumSq[i] += isi * isi;
			}
			seen[i]++;
			last[i] = t;
		}
		final double[] cv = new double[n];
		for (int i = 0; i < n; i++) {
			final int m = counts[i] - 1;
			if (m < 2) {
				cv[i] = Double.NaN;
				continue;
			}
			final double mean = sum[i] / m;
			final double var = Math.max(0, sumSq[i] / m - mean * mean);
			cv[i] = Math.sqrt(var) / mean;
		}
		return cv;
	}

	/** The mean of the finite values of {@code cv} (NaN when there are none). */
	public static double meanOfFinite(final double[] values) {
		double s = 0;
		int c = 0;
		for (final double v : values)
			if (Double.isFinite(v)) {
				s += v;
				c++;
			}
		return c == 0 ? Double.NaN : s / c;
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

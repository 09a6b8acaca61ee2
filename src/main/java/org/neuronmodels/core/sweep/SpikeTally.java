package org.neuronmodels.core.sweep;

/**
 * Per-neuron spike bookkeeping of an f–I run without storing spikes: the
 * count over the rate window and, for the spikes of its second half (the
 * steady state), their number, the first and last grid time and (if asked)
 * the first and last interpolated crossing time with the summed reset lags.
 */
final class SpikeTally {

	private final int[] total, count;
	private final double[] first, last;
	private final double[] firstCrossing, lastCrossing, lagSum, lastLag;

	SpikeTally(final int n, final boolean crossings) {
		total = new int[n];
		count = new int[n];
		first = new double[n];
		last = new double[n];
		firstCrossing = crossings ? new double[n] : null;
		lastCrossing = crossings ? new double[n] : null;
		lagSum = crossings ? new double[n] : null;
		lastLag = crossings ? new double[n] : null;
	}

	/** A spike of neuron {@code i} in the first half of the rate window (counted only). */
	void early(final int i) {
		total[i]++;
	}

	/** A spike of neuron {@code i} in the second half, stamped at grid time {@code t} ms. */
	void spike(final int i, final double t) {
		total[i]++;
		if (count[i]++ == 0) first[i] = t;
		last[i] = t;
	}

	/** The interpolated crossing (ms) of the second-half spike just counted for {@code i}, and its reset lag (ms). */
	void crossing(final int i, final double t, final double lag) {
		if (count[i] == 1) firstCrossing[i] = t;
		lastCrossing[i] = t;
		lagSum[i] += lag;
		lastLag[i] = lag;
	}

	/** The rates in Hz: {@code 1000·(n − 1)/(sum of intervals)} over the second half, 0 below two spikes there. */
	FiRates rates() {
		final int n = count.length;
		final double[] rates = new double[n];
		final double[] interpolated = firstCrossing == null ? null : new double[n];
		for (int i = 0; i < n; i++) {
			if (count[i] < 2) continue;
			rates[i] = 1000.0 * (count[i] - 1) / (last[i] - first[i]);
			if (interpolated != null) {
				// intervals t_c(j+1) − t_c(j) − lag_j summed over j = 1 … n−1 (every lag but the last)
				final double span = lastCrossing[i] - firstCrossing[i] - (lagSum[i] - lastLag[i]);
				interpolated[i] = 1000.0 * (count[i] - 1) / span;
			}
		}
		return new FiRates(rates, interpolated, total.clone());
	}
}

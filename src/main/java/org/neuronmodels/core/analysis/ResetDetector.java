package org.neuronmodels.core.analysis;

import java.util.Arrays;

/** Finds the resets of an integrate-and-fire voltage trace and the flat stretches that follow them. */
final class ResetDetector {

	/** The smallest drop taken for a reset, in mV. */
	static final double MIN_DROP = 0.5;

	/** Drops larger than this many robust standard deviations of the sample-to-sample change are resets. */
	static final double DROP_SIGMAS = 6;

	private ResetDetector() {}

	/** The robust standard deviation (1.4826 × median absolute deviation) of the sample-to-sample changes. */
	static double changeSpread(final double[] v) {
		final double[] d = new double[v.length - 1];
		for (int k = 0; k < d.length; k++)
			d[k] = v[k + 1] - v[k];
		final double med = median(d.clone());
		for (int k = 0; k < d.length; k++)
			d[k] = Math.abs(d[k] - med);
		return 1.4826 * median(d);
	}

	/** The steps k whose change {@code v[k+1] − v[k]} is a reset. */
	static int[] resets(final double[] v) {
		final double drop = Math.max(MIN_DROP, DROP_SIGMAS * changeSpread(v));
		int[] s = new int[16];
		int n = 0;
		for (int k = 0; k + 1 < v.length; k++) {
			if (v[k + 1] - v[k] < -drop) {
				if (n == s.length) s = Arrays.copyOf(s, 2 * n);
				s[n++] = k;
			}
		}
		return Arrays.copyOf(s, n);
	}

	/** The largest refractory length (steps) the resets allow: each spike needs a free step before the next. */
	static int maxHold(final int[] spikes, final int samples) {
		int max = Math.max(0, samples - 2 - (spikes.length == 0 ? 0 : spikes[spikes.length - 1]));
		for (int i = 1; i < spikes.length; i++)
			max = Math.min(max, spikes[i] - spikes[i - 1] - 1);
		return Math.max(0, Math.min(max, 100_000));
	}

	/**
	 * The median number of samples after each reset that stay within
	 * {@code 4σ} (σ: the noise estimated from the changes) of the first one: a
	 * starting guess for the refractory length.
	 */
	static int plateau(final double[] v, final int[] spikes) {
		if (spikes.length == 0) return 0;
		final double tol = Math.max(1e-9, 4 * changeSpread(v) / Math.sqrt(2));
		final double[] lengths = new double[spikes.length];
		for (int i = 0; i < spikes.length; i++) {
			final int first = spikes[i] + 1;
			int k = first + 1;
			while (k < v.length && Math.abs(v[k] - v[first]) <= tol * (1 + 1e-12 * Math.abs(v[first])))
				k++;
			lengths[i] = k - first - 1;
		}
		return (int) median(lengths);
	}

	private static double median(final double[] x) {
		if (x.length == 0) return 0;
		Arrays.sort(x);
		final int m = x.length / 2;
		return x.length % 2 == 1 ? x[m] : 0.5 * (x[m - 1] + x[m]);
	}
}

package org.neuronmodels.core.record;

/** Helpers on recorded traces. */
public final class Traces {

	private Traces() {}

	/**
	 * A copy of {@code voltage} for display only: the sample at each spike time
	 * is replaced by {@code peak} mV, so that an integrate-and-fire spike shows
	 * as a line up to the peak instead of a jump to reset (as the classic
	 * tutorials' {@code V_plot_vect}). The physical trace is not changed.
	 */
	public static double[] withSpikePeaks(final double[] time, final double[] voltage, final double[] spikeTimes,
		final double peak)
	{
		final double[] v = voltage.clone();
		if (time.length < 2) return v;
		final double dt = time[1] - time[0];
		for (final double ts : spikeTimes) {
			final long k = Math.round((ts - time[0]) / dt);
			if (k >= 0 && k < v.length) v[(int) k] = peak;
		}
		return v;
	}
}

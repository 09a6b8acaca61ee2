package org.neuronmodels.core.analysis;

/**
 * Recorded spike times (ms) and the window {@code [fromMs, toMs]} in which the
 * unit was observed: spikes outside it were dropped by the reader.
 */
public final class ObservedSpikes {

	private final double[] times;
	private final double fromMs, toMs;

	/** Spike times in ms (kept, not copied) observed within {@code [fromMs, toMs]}. */
	public ObservedSpikes(final double[] times, final double fromMs, final double toMs) {
		this.times = times;
		this.fromMs = fromMs;
		this.toMs = toMs;
	}

	/** The spike times in ms. */
	public double[] times() {
		return times;
	}

	/** Start of the observation window in ms. */
	public double fromMs() {
		return fromMs;
	}

	/** End of the observation window in ms. */
	public double toMs() {
		return toMs;
	}
}

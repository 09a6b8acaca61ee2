package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;

/**
 * Rectangular pulses of {@code amplitude} and {@code width} starting at
 * {@code start + j·period} (j = 0, 1, ...) inside {@code [start, stop)}. Pulse
 * {@code j} covers the grid indices from the first at or after its onset to
 * the first at or after its end (so a pulse narrower than dt may fall between
 * grid points); the last pulse is cut at {@code stop}. Cost is O(steps)
 * whatever the frequency.
 */
final class PulseTrainStimulus extends WindowedStimulus {

	private final double amplitude;
	private final double period;
	private final double width;

	PulseTrainStimulus(final double amplitude, final double start, final double stop, final double period,
		final double width)
	{
		super(start, stop);
		this.amplitude = amplitude;
		this.period = period;
		this.width = width;
	}

	@Override
	void fill(final double[] out, final double dt, final int k0, final int k1, final int end) {
		for (int k = k0; k < end; k++) {
			// Only pulses j-1, j, j+1 around the nominal pulse index can cover sample k (width <= period).
			final long j = (long) Math.floor((k * dt - start) / period);
			if (covers(j - 1, k, dt) || covers(j, k, dt) || covers(j + 1, k, dt)) out[k] = amplitude;
		}
	}

	private boolean covers(final long j, final int k, final double dt) {
		if (j < 0) return false;
		final double onset = start + j * period;
		return GridIndex.atOrAfter(onset, dt) <= k && k < GridIndex.atOrAfter(onset + width, dt);
	}

	@Override
	public String describe() {
		return "pulse train " + Checks.fmt(amplitude) + " " + Stimuli.CURRENT + ", " + Checks.fmt(width) +
			" ms pulses at " + Checks.fmt(1000 / period) + " Hz " + window();
	}
}

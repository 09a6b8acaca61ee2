package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;

/**
 * Linear from {@code amplitudeStart} at {@code start} towards {@code amplitudeEnd}
 * at {@code stop} inside {@code [start, stop)}, 0 outside. At the grid times this
 * is neurodynex3's {@code get_ramp_current} without its final sample at
 * {@code stop} (our windows are half-open).
 */
final class RampStimulus extends WindowedStimulus {

	private final double amplitudeStart;
	private final double amplitudeEnd;

	RampStimulus(final double start, final double stop, final double amplitudeStart, final double amplitudeEnd) {
		super(start, stop);
		this.amplitudeStart = amplitudeStart;
		this.amplitudeEnd = amplitudeEnd;
	}

	@Override
	void fill(final double[] out, final double dt, final int k0, final int k1, final int end) {
		final double slope = (amplitudeEnd - amplitudeStart) / (stop - start);
		for (int k = k0; k < end; k++)
			out[k] = amplitudeStart + slope * (k * dt - start);
	}

	@Override
	public String describe() {
		return "ramp " + Checks.fmt(amplitudeStart) + " to " + Checks.fmt(amplitudeEnd) + " " + Stimuli.CURRENT +
			" " + window();
	}
}

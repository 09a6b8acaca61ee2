package org.neuronmodels.core.stimulus;

import java.util.Arrays;

import org.neuronmodels.core.Checks;

/** {@code amplitude} inside {@code [start, stop)}, 0 outside. */
final class StepStimulus extends WindowedStimulus {

	private final double amplitude;

	StepStimulus(final double amplitude, final double start, final double stop) {
		super(start, stop);
		this.amplitude = amplitude;
	}

	@Override
	void fill(final double[] out, final double dt, final int k0, final int k1, final int end) {
		Arrays.fill(out, k0, end, amplitude);
	}

	@Override
	public String describe() {
		return "step " + Checks.fmt(amplitude) + " " + Stimuli.CURRENT + " " + window();
	}
}

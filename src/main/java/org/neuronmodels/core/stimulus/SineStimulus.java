package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;

/**
 * {@code offset + amplitude·sin(2π·frequency·(t - start)/1000 + phase)} inside
 * {@code [start, stop)}, 0 outside; frequency in Hz, phase in radians (like
 * neurodynex3's {@code get_sinusoidal_current(phase_offset)}).
 */
final class SineStimulus extends WindowedStimulus {

	private final double amplitude;
	private final double frequency;
	private final double offset;
	private final double phase;

	SineStimulus(final double amplitude, final double frequency, final double offset, final double phase,
		final double start, final double stop)
	{
		super(start, stop);
		this.amplitude = amplitude;
		this.frequency = frequency;
		this.offset = offset;
		this.phase = phase;
	}

	@Override
	void fill(final double[] out, final double dt, final int k0, final int k1, final int end) {
		final double omega = 2 * Math.PI * frequency / 1000; // rad per ms
		for (int k = k0; k < end; k++)
			out[k] = offset + amplitude * Math.sin(omega * (k * dt - start) + phase);
	}

	@Override
	public String describe() {
		return "sine " + Checks.fmt(amplitude) + " " + Stimuli.CURRENT + " at " + Checks.fmt(frequency) +
			" Hz, offset " + Checks.fmt(offset) + " " + Stimuli.CURRENT + ", phase " + Checks.fmt(phase) + " rad, " +
			window();
	}
}

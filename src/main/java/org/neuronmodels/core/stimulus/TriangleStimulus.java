package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;

/**
 * {@code amplitude} × scipy's {@code get_window('triang', n)} over the {@code n}
 * grid samples of the window. {@code get_window} returns the periodic window
 * ({@code fftbins=True}): {@code triang(n + 1, sym=True)[:-1]}, where the
 * symmetric {@code triang(M)} is {@code (2j+1)/M} (M even) or {@code 2(j+1)/(M+1)}
 * (M odd) at distance {@code j} from the nearer end; {@code n = 1} gives {@code [1]}.
 * For a whole-run triangle {@code n} is the number of steps (the reference
 * notebook uses {@code len(arange(0, T + dt, dt)) = steps + 1} samples instead).
 */
final class TriangleStimulus extends WindowedStimulus {

	private final double amplitude;

	TriangleStimulus(final double amplitude, final double start, final double stop) {
		super(start, stop);
		this.amplitude = amplitude;
	}

	@Override
	void fill(final double[] out, final double dt, final int k0, final int k1, final int end) {
		final long n = (long) k1 - k0;
		for (int k = k0; k < end; k++)
			out[k] = amplitude * periodicTriang(k - k0, n);
	}

	/** Element {@code i} of scipy's {@code get_window('triang', n)}. */
	static double periodicTriang(final long i, final long n) {
		if (n == 1) return 1;
		final long m = n + 1; // symmetric length before dropping the last element
		final long j = Math.min(i, m - 1 - i);
		return m % 2 == 0 ? (2 * j + 1) / (double) m : 2 * (j + 1) / (double) (m + 1);
	}

	@Override
	public String describe() {
		return "triangle " + Checks.fmt(amplitude) + " " + Stimuli.CURRENT + " " + window();
	}
}

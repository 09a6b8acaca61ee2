package org.neuronmodels.core.network;

/**
 * The skips of Bernoulli sampling, {@code G(y) = floor(log(y) / log(1 − p))}
 * for {@code y = 1 − u} in (0, 1], computed exactly as that expression (bit for
 * bit, the same draws as before) but mostly without a logarithm. Since
 * {@code Math.log} is semi-monotonic and division and floor are monotonic,
 * {@code G} does not increase with {@code y}, so {@code G(y) ≥ m} exactly when
 * {@code y ≤ Y[m]}, the largest double for which it holds; the thresholds
 * {@code Y[m]} are found once per rule by bisection on the bit patterns with the
 * exact expression. A draw then takes a cheap approximate logarithm (a few
 * units off at most) and steps to the exact skip with the thresholds.
 */
final class GeometricSkip {

	/** Most thresholds worth tabulating (for smaller p the exact expression is used). */
	static final int MAX_TABLE = 1 << 16;

	private final double logQ, invLogQ;
	/** {@code Y[m]}, m = 0 … gMax (Y[0] = 1); null when computed directly. */
	final double[] y;
	final int gMax;

	/** Skips for probability {@code p} in (0, 1). */
	GeometricSkip(final double p) {
		logQ = Math.log1p(-p);
		invLogQ = 1 / logQ;
		final double gm = Math.floor(Math.log(0x1.0p-53) / logQ);
		if (!(gm < MAX_TABLE)) {
			y = null;
			gMax = 0;
			return;
		}
		gMax = (int) gm;
		y = new double[gMax + 1];
		y[0] = 1;
		for (int m = 1; m <= gMax; m++)
			y[m] = largestWithSkipAtLeast(m);
	}

	/** The exact skip for {@code v = 1 − u}. */
	double exact(final double v) {
		return Math.floor(Math.log(v) / logQ);
	}

	/** {@code floor(log(v) / log(1 − p))} for v in [2^-53, 1]. */
	long skip(final double v) {
		final double[] t = y;
		if (t == null) return (long) exact(v);
		int g = (int) (approxLn(v) * invLogQ);
		if (g < 0) g = 0;
		else if (g > gMax) g = gMax;
		while (v > t[g])
			g--;
		while (g < gMax && v <= t[g + 1])
			g++;
		return g;
	}

	/** The largest double v in (0, 1] with {@code exact(v) >= m} (bisection on the ordered bit patterns). */
	private double largestWithSkipAtLeast(final int m) {
		long lo = Double.doubleToRawLongBits(0x1.0p-60), hi = Double.doubleToRawLongBits(1.0); // G(lo) ≥ m > G(hi)
		while (hi - lo > 1) {
			final long mid = (lo + hi) >>> 1;
			if (exact(Double.longBitsToDouble(mid)) >= m) lo = mid;
			else hi = mid;
		}
		return Double.longBitsToDouble(lo);
	}

	/** ln(v) for normal positive v, to about 1e-4 (exponent plus 2·atanh series of the mantissa). */
	static double approxLn(final double v) {
		final long b = Double.doubleToRawLongBits(v);
		final int e = (int) (b >>> 52) - 1023;
		final double m = Double.longBitsToDouble(b & 0x000F_FFFF_FFFF_FFFFL | 0x3FF0_0000_0000_0000L);
		final double s = (m - 1) / (m + 1), s2 = s * s;
		return e * 0.6931471805599453 + 2 * s * (1 + s2 * (1.0 / 3 + s2 * (1.0 / 5)));
	}
}

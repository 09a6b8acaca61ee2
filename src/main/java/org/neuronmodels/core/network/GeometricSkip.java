package org.neuronmodels.core.network;

/**
 * The skips of Bernoulli sampling, {@code G(y) = floor(log(y) / log(1 − p))}
 * for {@code y = 1 − u} in [2^-53, 1], computed exactly as that expression
 * (bit for bit, the same draws as before) but without a logarithm. Since
 * {@code Math.log} is semi-monotonic and division and floor are monotonic,
 * {@code G} does not increase with {@code y}, so {@code G(y) ≥ m} exactly when
 * {@code y ≤ Y[m]}, the largest double for which it holds; the thresholds
 * {@code Y[m]} are found once per rule by bisection on the bit patterns with the
 * exact expression. A draw looks up the smallest skip of its bucket (the top
 * {@value #BUCKET_BITS} mantissa bits and the exponent of y, whose bit pattern
 * orders like y) and steps up to the exact skip with the thresholds: mostly no
 * step at all.
 */
final class GeometricSkip {

	/** Most thresholds worth tabulating (for smaller p the exact expression is used). */
	static final int MAX_TABLE = 1 << 16;
	/** Mantissa bits that pick a draw's bucket: 1024 buckets per power of two, 53 powers of two. */
	static final int BUCKET_BITS = 10;
	private static final int SHIFT = 52 - BUCKET_BITS;
	/** The bucket of 2^-53, the smallest draw. */
	private static final long FIRST_BUCKET = Double.doubleToRawLongBits(0x1.0p-53) >>> SHIFT;

	private final double logQ;
	/** {@code Y[m]}, m = 0 … gMax (Y[0] = 1); null when computed directly. */
	final double[] y;
	/** Per bucket of draws: the smallest skip in it (the skip of its largest double); null with {@link #y}. */
	private final char[] bucketSkip;
	final int gMax;

	/** Skips for probability {@code p} in (0, 1). */
	GeometricSkip(final double p) {
		logQ = Math.log1p(-p);
		final double gm = Math.floor(Math.log(0x1.0p-53) / logQ);
		if (!(gm < MAX_TABLE)) {
			y = null;
			bucketSkip = null;
			gMax = 0;
			return;
		}
		gMax = (int) gm;
		y = new double[gMax + 1];
		y[0] = 1;
		for (int m = 1; m <= gMax; m++)
			y[m] = largestWithSkipAtLeast(m);
		final int buckets = (int) ((Double.doubleToRawLongBits(1.0) >>> SHIFT) - FIRST_BUCKET + 1);
		bucketSkip = new char[buckets];
		for (int b = 0; b < buckets; b++) {
			final double top = Math.min(1, Double.longBitsToDouble((FIRST_BUCKET + b + 1 << SHIFT) - 1));
			bucketSkip[b] = (char) exact(top);
		}
	}

	/** The exact skip for {@code v = 1 − u}. */
	double exact(final double v) {
		return Math.floor(Math.log(v) / logQ);
	}

	/** {@code floor(log(v) / log(1 − p))} for v in [2^-53, 1]. */
	long skip(final double v) {
		final double[] t = y;
		if (t == null) return (long) exact(v);
		int g = bucketSkip[(int) ((Double.doubleToRawLongBits(v) >>> SHIFT) - FIRST_BUCKET)];
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
}

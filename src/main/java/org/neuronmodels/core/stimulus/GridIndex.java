package org.neuronmodels.core.stimulus;

/**
 * Converts times to grid indices robustly: a time within a relative 1e-9 of a
 * grid point counts as that grid point, so {@code 0.3 / 0.1 = 2.9999999999999996}
 * still means index 3. All stimulus windows compare indices, never times.
 */
final class GridIndex {

	private static final double TOLERANCE = 1e-9;

	private GridIndex() {}

	/** The first index {@code k >= 0} with {@code k·step >= t}, clamped to {@code [0, Integer.MAX_VALUE]}. */
	static int atOrAfter(final double t, final double step) {
		final double x = t / step;
		final double r = Math.rint(x);
		return clamp(near(x, r) ? r : Math.ceil(x));
	}

	/** The last index {@code k} with {@code k·step <= t} (may be negative for {@code t < 0}), clamped to int. */
	static long atOrBefore(final double t, final double step) {
		final double x = t / step;
		final double r = Math.rint(x);
		final double k = near(x, r) ? r : Math.floor(x);
		if (k >= Integer.MAX_VALUE) return Integer.MAX_VALUE;
		if (k <= Integer.MIN_VALUE) return Integer.MIN_VALUE;
		return (long) k;
	}

	private static boolean near(final double x, final double r) {
		return Math.abs(x - r) <= TOLERANCE * Math.max(1, Math.abs(x));
	}

	private static int clamp(final double k) {
		if (!(k > 0)) return 0;
		return k >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) k;
	}
}

package org.neuronmodels.core;

/**
 * The exponential (and {@code e^y − 1}) made of multiplications and
 * additions only, so that loops calling it are vectorised by the JIT
 * ({@link Math#exp} is a call the JIT cannot vectorise).
 * {@code e^y = (e^(y/2048))^2048}: a degree-7 Taylor polynomial at
 * {@code y/2048} squared 11 times; {@link #expm1} squares {@code u = e^z − 1}
 * as {@code u ← u·(2 + u)}, which keeps its relative accuracy near 0. The
 * relative error is below 1e-12 for {@code |y| ≤ 64} (see
 * {@code FastExpTest}); the argument is clamped to [−700, 700] (so results
 * stay finite and normal: e^−700 is below 1e-304), and NaN stays NaN.
 * Results do not depend on the hardware or on vectorisation (plain IEEE
 * multiplications and additions, no fused multiply-add).
 */
public final class FastExp {

	private static final double SCALE = 1.0 / 2048;
	private static final double C2 = 1.0 / 2, C3 = 1.0 / 6, C4 = 1.0 / 24, C5 = 1.0 / 120, C6 = 1.0 / 720,
		C7 = 1.0 / 5040;

	private FastExp() {}

	/** e^y (see the class comment for accuracy and range). */
	public static double exp(final double y) {
		final double z = Math.max(-700.0, Math.min(700.0, y)) * SCALE;
		double p = 1 + z * (1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * (C6 + z * C7))))));
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		p *= p;
		return p * p;
	}

	/** e^y − 1, accurate relative to itself also near y = 0 (see the class comment). */
	public static double expm1(final double y) {
		return expm1Finish(expm1Start(y));
	}

	/**
	 * The first half of {@link #expm1}: {@code e^(y/64) − 1}. Loops that call
	 * {@code expm1Start} and then, in a second loop, {@link #expm1Finish} are
	 * small enough for the JIT to vectorise (one loop doing both is not).
	 */
	public static double expm1Start(final double y) {
		final double z = Math.max(-700.0, Math.min(700.0, y)) * SCALE;
		double u = z * (1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * (C6 + z * C7))))));
		u *= 2 + u;
		u *= 2 + u;
		u *= 2 + u;
		u *= 2 + u;
		return u * (2 + u);
	}

	/** The second half of {@link #expm1}: {@code e^(64·w) − 1} from {@code u = e^w − 1}. */
	public static double expm1Finish(double u) {
		u *= 2 + u;
		u *= 2 + u;
		u *= 2 + u;
		u *= 2 + u;
		u *= 2 + u;
		return u * (2 + u);
	}
}

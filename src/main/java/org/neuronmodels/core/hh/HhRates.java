package org.neuronmodels.core.hh;

/**
 * The Hodgkin-Huxley (1952) rate functions, in 1/ms at 6.3 &deg;C, as functions
 * of the depolarisation {@code u} (mV) from the convention's rate origin (see
 * {@link HhConvention#depolarisation(double)}):
 * <pre>
 * α_m = 0.1 (25 − u) / (exp((25 − u)/10) − 1)     β_m = 4 exp(−u/18)
 * α_h = 0.07 exp(−u/20)                           β_h = 1 / (exp((30 − u)/10) + 1)
 * α_n = 0.01 (10 − u) / (exp((10 − u)/10) − 1)    β_n = 0.125 exp(−u/80)
 * </pre>
 * With {@code u = V + 65} these are exactly the functions of NEURON's
 * {@code hh.mod}. α_m and α_n have removable 0/0 singularities at u = 25 and
 * u = 10 mV (V = &minus;40 and &minus;55 mV in the modern convention); they are
 * written as {@code c · x/(exp(x) − 1)} and evaluated by
 * {@link #xOverExpm1(double)}, which is finite and accurate everywhere.
 */
public final class HhRates {

	/** Below this |x|, {@code x/(e^x − 1)} is evaluated by its series (error below 1e-22). */
	private static final double SERIES_BELOW = 1e-5;

	private HhRates() {}

	/**
	 * {@code x / (exp(x) − 1)} for every x, with the limit 1 at x = 0: the series
	 * {@code 1 − x/2 + x²/12} for |x| &lt; 1e-5, otherwise {@code x / expm1(x)}
	 * (accurate to a few ulp: expm1 does not cancel).
	 */
	public static double xOverExpm1(final double x) {
		if (Math.abs(x) < SERIES_BELOW) return 1 - x / 2 + x * x / 12;
		return x / Math.expm1(x);
	}

	/** The factor {@code 3^((celsius − 6.3)/10)} that multiplies every rate. */
	public static double temperatureFactor(final double celsius) {
		return Math.pow(3, (celsius - HhConvention.REFERENCE_CELSIUS) / 10);
	}

	/** Sodium activation opening rate α_m (1/ms at 6.3 &deg;C); its limit at u = 25 is 1. */
	public static double alphaM(final double u) {
		return xOverExpm1((25 - u) / 10);
	}

	/** Sodium activation closing rate β_m (1/ms at 6.3 &deg;C). */
	public static double betaM(final double u) {
		return 4 * Math.exp(-u / 18);
	}

	/** Sodium inactivation rate α_h (1/ms at 6.3 &deg;C). */
	public static double alphaH(final double u) {
		return 0.07 * Math.exp(-u / 20);
	}

	/** Sodium de-inactivation rate β_h (1/ms at 6.3 &deg;C). */
	public static double betaH(final double u) {
		return 1 / (Math.exp((30 - u) / 10) + 1);
	}

	/** Potassium activation opening rate α_n (1/ms at 6.3 &deg;C); its limit at u = 10 is 0.1. */
	public static double alphaN(final double u) {
		return 0.1 * xOverExpm1((10 - u) / 10);
	}

	/** Potassium activation closing rate β_n (1/ms at 6.3 &deg;C). */
	public static double betaN(final double u) {
		return 0.125 * Math.exp(-u / 80);
	}

	/**
	 * All six rates at depolarisation {@code u}, multiplied by {@code factor} (the
	 * temperature factor), into {@code out[0..5]} = α_m, β_m, α_h, β_h, α_n, β_n.
	 */
	public static void all(final double u, final double factor, final double[] out) {
		out[0] = factor * alphaM(u);
		out[1] = factor * betaM(u);
		out[2] = factor * alphaH(u);
		out[3] = factor * betaH(u);
		out[4] = factor * alphaN(u);
		out[5] = factor * betaN(u);
	}

	/** The steady-state sodium activation m∞ = α_m/(α_m + β_m) at depolarisation {@code u}. */
	public static double mInf(final double u) {
		final double a = alphaM(u);
		return a / (a + betaM(u));
	}

	/** The steady-state sodium inactivation h∞ = α_h/(α_h + β_h) at depolarisation {@code u}. */
	public static double hInf(final double u) {
		final double a = alphaH(u);
		return a / (a + betaH(u));
	}

	/** The steady-state potassium activation n∞ = α_n/(α_n + β_n) at depolarisation {@code u}. */
	public static double nInf(final double u) {
		final double a = alphaN(u);
		return a / (a + betaN(u));
	}
}

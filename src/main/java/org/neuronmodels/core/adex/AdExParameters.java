package org.neuronmodels.core.adex;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.expif.ExpIfParameters;

/**
 * Per-neuron parameters of an adaptive exponential integrate-and-fire (AdEx)
 * population, one array per parameter (structure-of-arrays), in the project's
 * units: mV, ms, M&Omega;, &micro;S for {@code a} and nA for {@code b}. Arrays
 * are wrapped, not copied: the population reads them at construction.
 */
public final class AdExParameters {

	/** Membrane time constant τ_m = R·C, ms. */
	public final double[] tauM;
	/** Membrane resistance R = 1/g_L, M&Omega;. */
	public final double[] resistance;
	/** Resting (leak reversal) potential u_rest = E_L, mV. */
	public final double[] vRest;
	/** Reset potential after a spike V_r, mV. */
	public final double[] vReset;
	/** Rheobase threshold ϑ_rh = V_T (the exponential's midpoint), mV. */
	public final double[] vRheobase;
	/** Sharpness (slope factor) Δ_T, mV. */
	public final double[] deltaT;
	/** Subthreshold adaptation a, &micro;S (1 nS = 0.001 &micro;S); may be negative. */
	public final double[] a;
	/** Adaptation time constant τ_w, ms. */
	public final double[] tauW;
	/** Spike-triggered adaptation increment b, nA (1 pA = 0.001 nA). */
	public final double[] b;
	/** Numerical spike threshold: a spike when V &gt; v_spike (strictly), mV. */
	public final double[] vSpike;

	/** Wraps the given arrays, which must all have the same length. */
	public AdExParameters(final double[] tauM, final double[] resistance, final double[] vRest,
		final double[] vReset, final double[] vRheobase, final double[] deltaT, final double[] a,
		final double[] tauW, final double[] b, final double[] vSpike)
	{
		final int n = tauM.length;
		for (final double[] p : new double[][] { resistance, vRest, vReset, vRheobase, deltaT, a, tauW, b, vSpike })
			if (p.length != n) throw new IllegalArgumentException("AdEx parameter arrays differ in length");
		this.tauM = tauM;
		this.resistance = resistance;
		this.vRest = vRest;
		this.vReset = vReset;
		this.vRheobase = vRheobase;
		this.deltaT = deltaT;
		this.a = a;
		this.tauW = tauW;
		this.b = b;
		this.vSpike = vSpike;
	}

	/** {@code n} neurons sharing the same parameter values ({@code a} in &micro;S, {@code b} in nA). */
	public static AdExParameters uniform(final int n, final double tauM, final double resistance,
		final double vRest, final double vReset, final double vRheobase, final double deltaT, final double a,
		final double tauW, final double b, final double vSpike)
	{
		return new AdExParameters(filled(n, tauM), filled(n, resistance), filled(n, vRest), filled(n, vReset),
			filled(n, vRheobase), filled(n, deltaT), filled(n, a), filled(n, tauW), filled(n, b), filled(n, vSpike));
	}

	/**
	 * {@code n} neurons with the defaults of the <i>Neuronal Dynamics</i>
	 * exercises (neurodynex3 {@code adex_model}, the "initial burst" row of the
	 * book's Table 6.1): τ_m 5 ms, R 500 M&Omega;, u_rest −70 mV, v_reset −51 mV,
	 * ϑ_rh −50 mV, Δ_T 2 mV, a 0.5 nS, τ_w 100 ms, b 7 pA, v_spike −30 mV.
	 */
	public static AdExParameters neurodynex(final int n) {
		return uniform(n, AdExModel.TAU_M_DEFAULT, AdExModel.RESISTANCE_DEFAULT, AdExModel.V_REST_DEFAULT,
			AdExModel.V_RESET_DEFAULT, AdExModel.V_RHEOBASE_DEFAULT, AdExModel.DELTA_T_DEFAULT, AdExModel.A_DEFAULT *
				1e-3, AdExModel.TAU_W_DEFAULT, AdExModel.B_DEFAULT * 1e-3, AdExModel.V_SPIKE_DEFAULT);
	}

	/** The number of neurons. */
	public int size() {
		return tauM.length;
	}

	/** Checks every value; the error names the parameter, its unit and the allowed range. */
	public AdExParameters validate() {
		for (int i = 0; i < size(); i++) {
			Checks.inRange("tauM", "ms", tauM[i], 1e-3, 1e5);
			Checks.inRange("resistance", "MΩ", resistance[i], 1e-6, 1e6);
			Checks.inRange("vRest", "mV", vRest[i], -200, 200);
			Checks.inRange("vReset", "mV", vReset[i], -200, 200);
			Checks.inRange("vRheobase", "mV", vRheobase[i], -200, 200);
			Checks.inRange("deltaT", "mV", deltaT[i], 0.01, 100);
			Checks.inRange("a", "µS", a[i], -1e3, 1e3);
			Checks.inRange("tauW", "ms", tauW[i], 1e-3, 1e6);
			Checks.inRange("b", "nA", b[i], -1e3, 1e3);
			Checks.inRange("vSpike", "mV", vSpike[i], -200, 200);
			ExpIfParameters.checkOrder(vReset[i], vRheobase[i], vSpike[i]);
		}
		return this;
	}

	private static double[] filled(final int n, final double value) {
		final double[] x = new double[n];
		Arrays.fill(x, value);
		return x;
	}
}

package org.neuronmodels.core.expif;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Per-neuron parameters of an exponential integrate-and-fire population, one
 * array per parameter (structure-of-arrays). Arrays are wrapped, not copied:
 * the population reads them at construction.
 */
public final class ExpIfParameters {

	/** Membrane time constant τ_m, ms. */
	public final double[] tauM;
	/** Membrane resistance R, M&Omega;. */
	public final double[] resistance;
	/** Resting (leak reversal) potential u_rest, mV. */
	public final double[] vRest;
	/** Reset potential after a spike, mV. */
	public final double[] vReset;
	/** Rheobase threshold ϑ_rh (the exponential's midpoint), mV. */
	public final double[] vRheobase;
	/** Sharpness Δ_T of the exponential, mV. */
	public final double[] deltaT;
	/** Numerical spike threshold: a spike when V &gt; v_spike (strictly), mV. */
	public final double[] vSpike;
	/** Absolute refractory period (V held at v_reset), ms. */
	public final double[] tRef;

	/** Wraps the given arrays, which must all have the same length. */
	public ExpIfParameters(final double[] tauM, final double[] resistance, final double[] vRest,
		final double[] vReset, final double[] vRheobase, final double[] deltaT, final double[] vSpike,
		final double[] tRef)
	{
		final int n = tauM.length;
		if (resistance.length != n || vRest.length != n || vReset.length != n || vRheobase.length != n ||
			deltaT.length != n || vSpike.length != n || tRef.length != n)
		{
			throw new IllegalArgumentException("exponential integrate-and-fire parameter arrays differ in length");
		}
		this.tauM = tauM;
		this.resistance = resistance;
		this.vRest = vRest;
		this.vReset = vReset;
		this.vRheobase = vRheobase;
		this.deltaT = deltaT;
		this.vSpike = vSpike;
		this.tRef = tRef;
	}

	/** {@code n} neurons sharing the same parameter values. */
	public static ExpIfParameters uniform(final int n, final double tauM, final double resistance,
		final double vRest, final double vReset, final double vRheobase, final double deltaT, final double vSpike,
		final double tRef)
	{
		return new ExpIfParameters(filled(n, tauM), filled(n, resistance), filled(n, vRest), filled(n, vReset),
			filled(n, vRheobase), filled(n, deltaT), filled(n, vSpike), filled(n, tRef));
	}

	/**
	 * {@code n} neurons with the defaults of the <i>Neuronal Dynamics</i>
	 * exercises (neurodynex3 {@code exponential_integrate_fire}): τ_m 12 ms,
	 * R 20 M&Omega;, u_rest −65 mV, v_reset −60 mV, ϑ_rh −55 mV, Δ_T 2 mV,
	 * v_spike −30 mV, no refractory period.
	 */
	public static ExpIfParameters neurodynex(final int n) {
		return uniform(n, ExpIfModel.TAU_M_DEFAULT, ExpIfModel.RESISTANCE_DEFAULT, ExpIfModel.V_REST_DEFAULT,
			ExpIfModel.V_RESET_DEFAULT, ExpIfModel.V_RHEOBASE_DEFAULT, ExpIfModel.DELTA_T_DEFAULT,
			ExpIfModel.V_SPIKE_DEFAULT, ExpIfModel.T_REF_DEFAULT);
	}

	/** The number of neurons. */
	public int size() {
		return tauM.length;
	}

	/** Checks every value; the error names the parameter, its unit and the allowed range. */
	public ExpIfParameters validate() {
		for (int i = 0; i < size(); i++) {
			Checks.inRange("tauM", "ms", tauM[i], 1e-3, 1e5);
			Checks.inRange("resistance", "MΩ", resistance[i], 1e-6, 1e6);
			Checks.inRange("vRest", "mV", vRest[i], -200, 200);
			Checks.inRange("vReset", "mV", vReset[i], -200, 200);
			Checks.inRange("vRheobase", "mV", vRheobase[i], -200, 200);
			Checks.inRange("deltaT", "mV", deltaT[i], 0.01, 100);
			Checks.inRange("vSpike", "mV", vSpike[i], -200, 200);
			Checks.inRange("tRef", "ms", tRef[i], 0, 1e4);
			checkOrder(vReset[i], vRheobase[i], vSpike[i]);
		}
		return this;
	}

	/** Fails unless {@code v_spike > ϑ_rh} and {@code v_reset < v_spike} (also used by AdEx). */
	public static void checkOrder(final double vReset, final double vRheobase, final double vSpike) {
		if (!(vSpike > vRheobase)) {
			throw new InvalidParameterException("vSpike", "vSpike = " + Checks.fmt(vSpike) +
				" mV is invalid: must be above vRheobase = " + Checks.fmt(vRheobase) +
				" mV (v_spike cuts the exponential upswing)");
		}
		if (!(vReset < vSpike)) {
			throw new InvalidParameterException("vReset", "vReset = " + Checks.fmt(vReset) +
				" mV is invalid: must be below vSpike = " + Checks.fmt(vSpike) + " mV");
		}
	}

	private static double[] filled(final int n, final double value) {
		final double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}
}

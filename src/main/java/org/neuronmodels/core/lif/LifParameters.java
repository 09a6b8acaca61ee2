package org.neuronmodels.core.lif;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Per-neuron parameters of a leaky integrate-and-fire population, one array
 * per parameter (structure-of-arrays). Arrays are wrapped, not copied: the
 * population reads them at construction.
 */
public final class LifParameters {

	/** Resting (leak reversal) potential E_L, mV. */
	public final double[] vRest;
	/** Reset potential after a spike, mV. */
	public final double[] vReset;
	/** Firing threshold (a spike when V &gt; V_th, strictly), mV. */
	public final double[] vThreshold;
	/** Membrane resistance, M&Omega;. */
	public final double[] resistance;
	/** Membrane time constant, ms. */
	public final double[] tauM;
	/** Absolute refractory period, ms. */
	public final double[] tRef;

	/** Wraps the given arrays, which must all have the same length. */
	public LifParameters(final double[] vRest, final double[] vReset, final double[] vThreshold,
		final double[] resistance, final double[] tauM, final double[] tRef)
	{
		final int n = vRest.length;
		if (vReset.length != n || vThreshold.length != n || resistance.length != n || tauM.length != n ||
			tRef.length != n) throw new IllegalArgumentException("LIF parameter arrays differ in length");
		this.vRest = vRest;
		this.vReset = vReset;
		this.vThreshold = vThreshold;
		this.resistance = resistance;
		this.tauM = tauM;
		this.tRef = tRef;
	}

	/** {@code n} neurons sharing the same parameter values. */
	public static LifParameters uniform(final int n, final double vRest, final double vReset,
		final double vThreshold, final double resistance, final double tauM, final double tRef)
	{
		return new LifParameters(filled(n, vRest), filled(n, vReset), filled(n, vThreshold), filled(n, resistance),
			filled(n, tauM), filled(n, tRef));
	}

	/** The number of neurons. */
	public int size() {
		return vRest.length;
	}

	/** Checks every value; the error names the parameter, its unit and the allowed range. */
	public LifParameters validate() {
		for (int i = 0; i < size(); i++) {
			Checks.inRange("vRest", "mV", vRest[i], -200, 200);
			Checks.inRange("vReset", "mV", vReset[i], -200, 200);
			Checks.inRange("vThreshold", "mV", vThreshold[i], -200, 200);
			Checks.inRange("resistance", "MΩ", resistance[i], 1e-6, 1e6);
			Checks.inRange("tauM", "ms", tauM[i], 1e-3, 1e5);
			Checks.inRange("tRef", "ms", tRef[i], 0, 1e4);
			if (!(vReset[i] < vThreshold[i])) {
				throw new InvalidParameterException("vReset", "vReset = " + Checks.fmt(vReset[i]) +
					" mV is invalid: must be below vThreshold = " + Checks.fmt(vThreshold[i]) + " mV");
			}
		}
		return this;
	}

	private static double[] filled(final int n, final double value) {
		final double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}
}

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

	private static final double POTENTIAL_MIN = Double.parseDouble(LifModel.POTENTIAL_MIN);
	private static final double POTENTIAL_MAX = Double.parseDouble(LifModel.POTENTIAL_MAX);
	private static final double RESISTANCE_MIN = Double.parseDouble(LifModel.RESISTANCE_MIN);
	private static final double RESISTANCE_MAX = Double.parseDouble(LifModel.RESISTANCE_MAX);
	private static final double TAU_M_MIN = Double.parseDouble(LifModel.TAU_M_MIN);
	private static final double TAU_M_MAX = Double.parseDouble(LifModel.TAU_M_MAX);
	private static final double T_REF_MIN = Double.parseDouble(LifModel.T_REF_MIN);
	private static final double T_REF_MAX = Double.parseDouble(LifModel.T_REF_MAX);

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
			Checks.inRange("vRest", "mV", vRest[i], POTENTIAL_MIN, POTENTIAL_MAX);
			Checks.inRange("vReset", "mV", vReset[i], POTENTIAL_MIN, POTENTIAL_MAX);
			Checks.inRange("vThreshold", "mV", vThreshold[i], POTENTIAL_MIN, POTENTIAL_MAX);
			Checks.inRange("resistance", "MΩ", resistance[i], RESISTANCE_MIN, RESISTANCE_MAX);
			Checks.inRange("tauM", "ms", tauM[i], TAU_M_MIN, TAU_M_MAX);
			Checks.inRange("tRef", "ms", tRef[i], T_REF_MIN, T_REF_MAX);
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

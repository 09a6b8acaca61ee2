package org.neuronmodels.core.hh;

import java.util.Arrays;

import org.neuronmodels.core.Checks;

/**
 * Per-neuron parameters of a Hodgkin-Huxley population, one array per
 * parameter (structure-of-arrays), plus the convention that fixes the voltage
 * origin of the rate functions. Units: conductances mS/cm&sup2;, potentials mV,
 * capacitance &micro;F/cm&sup2;, temperature &deg;C. Arrays are wrapped, not
 * copied; the population copies them at construction.
 */
public final class HhParameters {

	/** The convention: rate-function origin, defaults of the potentials. */
	public final HhConvention convention;
	/** Maximal sodium conductance g_Na, mS/cm&sup2;. */
	public final double[] gNa;
	/** Maximal potassium conductance g_K, mS/cm&sup2;. */
	public final double[] gK;
	/** Leak conductance g_L, mS/cm&sup2;. */
	public final double[] gL;
	/** Sodium reversal potential E_Na, mV. */
	public final double[] eNa;
	/** Potassium reversal potential E_K, mV. */
	public final double[] eK;
	/** Leak reversal potential E_L, mV. */
	public final double[] eL;
	/** Membrane capacitance C, &micro;F/cm&sup2;. */
	public final double[] capacitance;
	/** Temperature, &deg;C: every rate is multiplied by 3^((celsius − 6.3)/10). */
	public final double[] celsius;
	/** Initial membrane potential, mV; the gates start at their steady state for it. */
	public final double[] vInit;
	/** Spike detection level, mV: a spike is an upward crossing (V rises above it from at or below it). */
	public final double[] spikeThreshold;

	/** Wraps the given arrays, which must all have the same length. */
	public HhParameters(final HhConvention convention, final double[] gNa, final double[] gK, final double[] gL,
		final double[] eNa, final double[] eK, final double[] eL, final double[] capacitance, final double[] celsius,
		final double[] vInit, final double[] spikeThreshold)
	{
		final int n = gNa.length;
		for (final double[] a : new double[][] { gK, gL, eNa, eK, eL, capacitance, celsius, vInit, spikeThreshold })
			if (a.length != n) throw new IllegalArgumentException("HH parameter arrays differ in length");
		if (convention == null) throw new IllegalArgumentException("convention is null");
		this.convention = convention;
		this.gNa = gNa;
		this.gK = gK;
		this.gL = gL;
		this.eNa = eNa;
		this.eK = eK;
		this.eL = eL;
		this.capacitance = capacitance;
		this.celsius = celsius;
		this.vInit = vInit;
		this.spikeThreshold = spikeThreshold;
	}

	/** {@code n} neurons with the standard values of {@code convention} at 6.3 &deg;C. */
	public static HhParameters standard(final HhConvention convention, final int n) {
		final double nan = Double.NaN;
		return uniform(n, convention, nan, nan, nan, nan, nan, nan, nan, HhConvention.REFERENCE_CELSIUS, nan, nan);
	}

	/**
	 * {@code n} neurons sharing the same values. <b>A NaN value means "the
	 * convention's value"</b>: g_Na 120, g_K 36, g_L 0.3 mS/cm&sup2;, C 1
	 * &micro;F/cm&sup2; (both conventions), E_Na/E_K/E_L 50/&minus;77/&minus;54.3 mV
	 * (modern) or 115/&minus;12/10.6 mV (1952), vInit the convention's rest
	 * (&minus;65 or 0 mV), spikeThreshold 0 or 60 mV, celsius 6.3 &deg;C. Any other
	 * value is used as given, whatever the convention.
	 */
	public static HhParameters uniform(final int n, final HhConvention convention, final double gNa,
		final double gK, final double gL, final double eNa, final double eK, final double eL,
		final double capacitance, final double celsius, final double vInit, final double spikeThreshold)
	{
		if (n < 0) throw new IllegalArgumentException("n < 0");
		final HhConvention c = convention;
		return new HhParameters(c, filled(n, gNa, HhConvention.G_NA), filled(n, gK, HhConvention.G_K), filled(n, gL,
			HhConvention.G_L), filled(n, eNa, c.eNa()), filled(n, eK, c.eK()), filled(n, eL, c.eL()), filled(n,
				capacitance, HhConvention.CAPACITANCE), filled(n, celsius, HhConvention.REFERENCE_CELSIUS), filled(n,
					vInit, c.restPotential()), filled(n, spikeThreshold, c.spikeThreshold()));
	}

	/** The number of neurons. */
	public int size() {
		return gNa.length;
	}

	/** Checks every value; the error names the parameter, its unit and the allowed range. */
	public HhParameters validate() {
		for (int i = 0; i < size(); i++) {
			Checks.inRange("gNa", "mS/cm²", gNa[i], 0, 10000);
			Checks.inRange("gK", "mS/cm²", gK[i], 0, 10000);
			Checks.inRange("gL", "mS/cm²", gL[i], 0, 10000);
			Checks.inRange("eNa", "mV", eNa[i], -200, 200);
			Checks.inRange("eK", "mV", eK[i], -200, 200);
			Checks.inRange("eL", "mV", eL[i], -200, 200);
			Checks.inRange("capacitance", "µF/cm²", capacitance[i], 0.001, 1000);
			Checks.inRange("celsius", "°C", celsius[i], -20, 50);
			Checks.inRange("vInit", "mV", vInit[i], -200, 200);
			Checks.inRange("spikeThreshold", "mV", spikeThreshold[i], -200, 200);
		}
		return this;
	}

	/** The lowest reversal potential over all neurons and channels, mV. */
	double lowestReversal() {
		double lo = Double.POSITIVE_INFINITY;
		for (int i = 0; i < size(); i++)
			lo = Math.min(lo, Math.min(eNa[i], Math.min(eK[i], eL[i])));
		return lo;
	}

	/** The highest reversal potential over all neurons and channels, mV. */
	double highestReversal() {
		double hi = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < size(); i++)
			hi = Math.max(hi, Math.max(eNa[i], Math.max(eK[i], eL[i])));
		return hi;
	}

	private static double[] filled(final int n, final double value, final double conventionValue) {
		final double[] a = new double[n];
		Arrays.fill(a, Double.isNaN(value) ? conventionValue : value);
		return a;
	}
}

package org.neuronmodels.core.hh;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The two parameter conventions of the Hodgkin-Huxley squid axon model. They
 * share the kinetics and the conductances (g_Na 120, g_K 36, g_L 0.3 mS/cm&sup2;,
 * C 1 &micro;F/cm&sup2;) and differ in where 0 mV lies:
 * <ul>
 * <li>{@link #MODERN}: absolute membrane potential, rest near &minus;65 mV,
 * exactly NEURON's {@code hh} mechanism (E_Na 50, E_K &minus;77, E_L &minus;54.3
 * mV; the rate functions of {@code hh.mod}).</li>
 * <li>{@link #ORIGINAL_1952}: Hodgkin &amp; Huxley (1952) with V measured from
 * rest, translated to the modern sign (depolarisation positive, as in most
 * textbooks): E_Na 115, E_K &minus;12, E_L 10.6 mV.</li>
 * </ul>
 * The rate functions are the same functions of the depolarisation
 * {@code u = V − rateOrigin}, with {@code rateOrigin} = &minus;65 mV (modern) or
 * 0 mV (1952); see {@link HhRates}.
 */
public enum HhConvention {

	/** NEURON's {@code hh}: rest near &minus;65 mV. */
	MODERN("Modern", -65, 50, -77, -54.3, 0),
	/** Hodgkin &amp; Huxley 1952, depolarisation positive: rest at 0 mV. */
	ORIGINAL_1952("1952", 0, 115, -12, 10.6, 60);

	/** The labels, in order, as a command's {@code choices}. */
	public static final String[] LABELS = { "Modern", "1952" };

	/** Maximal sodium conductance of both conventions, mS/cm&sup2;. */
	public static final double G_NA = 120;
	/** Maximal potassium conductance of both conventions, mS/cm&sup2;. */
	public static final double G_K = 36;
	/** Leak conductance of both conventions, mS/cm&sup2;. */
	public static final double G_L = 0.3;
	/** Membrane capacitance of both conventions, &micro;F/cm&sup2;. */
	public static final double CAPACITANCE = 1;
	/** The temperature at which the rate functions hold unscaled, &deg;C. */
	public static final double REFERENCE_CELSIUS = 6.3;

	private final String label;
	private final double rateOrigin;
	private final double eNa, eK, eL;
	private final double spikeThreshold;

	HhConvention(final String label, final double rateOrigin, final double eNa, final double eK, final double eL,
		final double spikeThreshold)
	{
		this.label = label;
		this.rateOrigin = rateOrigin;
		this.eNa = eNa;
		this.eK = eK;
		this.eL = eL;
		this.spikeThreshold = spikeThreshold;
	}

	/** The label used in dialogs and macros. */
	public String label() {
		return label;
	}

	/** The potential (mV) at which the depolarisation of the rate functions is 0; also the default initial V. */
	public double rateOrigin() {
		return rateOrigin;
	}

	/** The depolarisation {@code u = V − rateOrigin} (mV) at which the rate functions are evaluated. */
	public double depolarisation(final double v) {
		return v - rateOrigin;
	}

	/** The nominal resting potential, mV: the default initial voltage. */
	public double restPotential() {
		return rateOrigin;
	}

	/** The sodium reversal potential, mV. */
	public double eNa() {
		return eNa;
	}

	/** The potassium reversal potential, mV. */
	public double eK() {
		return eK;
	}

	/** The leak reversal potential, mV. */
	public double eL() {
		return eL;
	}

	/** The default spike detection level (upward crossings), mV: 0 (modern) or 60 (1952). */
	public double spikeThreshold() {
		return spikeThreshold;
	}

	/** The convention with this label (case-insensitive). */
	public static HhConvention fromLabel(final String label) {
		for (final HhConvention c : values())
			if (c.label.equalsIgnoreCase(label) || c.name().equalsIgnoreCase(label)) return c;
		throw new InvalidParameterException("convention", "convention = \"" + label +
			"\" is invalid: must be \"Modern\" or \"1952\"");
	}
}

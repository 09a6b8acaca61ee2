package org.neuronmodels.core.network;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The postsynaptic response to one presynaptic spike of weight {@code w}
 * arriving at time 0 (t in ms, τ the channel's time constant).
 */
public enum SynapseKind {

	/**
	 * Instantaneous. LIF: V jumps by {@code w} mV (inputs arriving while the
	 * neuron is refractory are discarded). Izhikevich (net.m): {@code w} is
	 * added to the input I of the next step only, as in the paper's code.
	 */
	DELTA(SynapseKind.DELTA_LABEL, false),

	/** Current {@code I(t) = w·e^(−t/τ)}, w in nA. */
	EXPONENTIAL(SynapseKind.EXPONENTIAL_LABEL, false),

	/**
	 * Alpha current, raw normalisation: {@code I(t) = w·t·e^(−t/τ)}, w in
	 * nA/ms; the peak, at t = τ, is {@code w·τ/e}.
	 */
	ALPHA_RAW(SynapseKind.ALPHA_RAW_LABEL, false),

	/**
	 * Alpha current, peak normalisation: {@code I(t) = w·(t/τ)·e^(1 − t/τ)}, w in
	 * nA; the peak, at t = τ, is exactly {@code w}.
	 */
	ALPHA_PEAK(SynapseKind.ALPHA_PEAK_LABEL, false),

	/**
	 * Conductance {@code g(t) = w·e^(−t/τ)}, w in µS, giving the current
	 * {@code g·(E_rev − V)} with the channel's reversal potential.
	 */
	CONDUCTANCE_EXPONENTIAL(SynapseKind.CONDUCTANCE_EXPONENTIAL_LABEL, true);

	/** The label of {@link #DELTA} (a compile-time constant for commands' {@code choices}). */
	public static final String DELTA_LABEL = "Delta";
	/** The label of {@link #EXPONENTIAL} (a compile-time constant for commands' {@code choices}). */
	public static final String EXPONENTIAL_LABEL = "Exponential";
	/** The label of {@link #ALPHA_RAW} (a compile-time constant for commands' {@code choices}). */
	public static final String ALPHA_RAW_LABEL = "Alpha (raw t·e^(-t/τ))";
	/** The label of {@link #ALPHA_PEAK} (a compile-time constant for commands' {@code choices}). */
	public static final String ALPHA_PEAK_LABEL = "Alpha (peak 1)";
	/** The label of {@link #CONDUCTANCE_EXPONENTIAL} (a compile-time constant for commands' {@code choices}). */
	public static final String CONDUCTANCE_EXPONENTIAL_LABEL = "Conductance exponential";

	private final String label;
	private final boolean conductance;

	SynapseKind(final String label, final boolean conductance) {
		this.label = label;
		this.conductance = conductance;
	}

	/** The label used in dialogs and documentation. */
	public String label() {
		return label;
	}

	/** Whether this kind is conductance-based (needs a reversal potential). */
	public boolean isConductance() {
		return conductance;
	}

	/** The factor applied to a weight when it arrives: {@code e/τ} for ALPHA_PEAK, 1 otherwise. */
	double arrivalScale(final double tau) {
		return this == ALPHA_PEAK ? Math.E / tau : 1;
	}

	/** The kind with this label or name (case-insensitive). */
	public static SynapseKind fromLabel(final String label) {
		for (final SynapseKind k : values())
			if (k.label.equalsIgnoreCase(label) || k.name().equalsIgnoreCase(label)) return k;
		throw new InvalidParameterException("synapse", "synapse = \"" + label + "\" is invalid: must be one of " +
			"Delta, Exponential, Alpha (raw t·e^(-t/τ)), Alpha (peak 1), Conductance exponential");
	}
}

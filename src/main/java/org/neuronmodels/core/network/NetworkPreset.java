package org.neuronmodels.core.network;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The published networks the Spiking Network command offers, with their
 * default size, connection probability, weights (in the unit of the
 * receiving synapse), delay (ms), duration (ms) and time step (ms).
 */
public enum NetworkPreset {

	/** 50 LIF neurons in a ring, alpha-shaped currents (peak-normalised), a pulse into neuron 0. */
	RING(NetworkPreset.RING_LABEL, 50, 1, 10, 0, 1, 300, 0.1, "nA"),
	/** Vogels &amp; Abbott (2005) current-based network, Brette et al. (2007) benchmark 2. */
	CUBA(NetworkPreset.CUBA_LABEL, 4000, 0.02, 0.0162, -0.09, 0, 1000, 0.1, "nA"),
	/** Vogels &amp; Abbott (2005) conductance-based network, Brette et al. (2007) benchmark 1. */
	COBA(NetworkPreset.COBA_LABEL, 4000, 0.02, 0.006, 0.067, 0, 1000, 0.1, "µS"),
	/** Traub–Miles HH network with conductance synapses, Brette et al. (2007) benchmark 3. */
	COBAHH(NetworkPreset.COBAHH_LABEL, 4000, 0.02, 0.006, 0.067, 0, 1000, 0.1, "µS"),
	/** Brunel (2000) sparse E/I LIF network with delta synapses and Poisson drive (g = 5, η = 2). */
	BRUNEL(NetworkPreset.BRUNEL_LABEL, 12500, 0.1, 0.1, -0.5, 1.5, 1000, 0.1, "mV"),
	/** Izhikevich (2003) 1000-neuron random network, the paper's net.m scheme. */
	IZHIKEVICH(NetworkPreset.IZHIKEVICH_LABEL, 1000, 1, 0.5, -1, 0, 1000, 1, "mV/ms"),
	/** A LIF E/I network with the synapse kind and connection rule chosen by the user. */
	CUSTOM(NetworkPreset.CUSTOM_LABEL, 1000, 0.1, 0.0162, -0.09, 0, 500, 0.1, "nA");

	/** The label of {@link #RING} (a compile-time constant for commands' {@code choices}). */
	public static final String RING_LABEL = "Ring (alpha PSC)";
	/** The label of {@link #CUBA} (a compile-time constant for commands' {@code choices}). */
	public static final String CUBA_LABEL = "CUBA";
	/** The label of {@link #COBA} (a compile-time constant for commands' {@code choices}). */
	public static final String COBA_LABEL = "COBA";
	/** The label of {@link #COBAHH} (a compile-time constant for commands' {@code choices}). */
	public static final String COBAHH_LABEL = "COBAHH";
	/** The label of {@link #BRUNEL} (a compile-time constant for commands' {@code choices}). */
	public static final String BRUNEL_LABEL = "Brunel";
	/** The label of {@link #IZHIKEVICH} (a compile-time constant for commands' {@code choices}). */
	public static final String IZHIKEVICH_LABEL = "Izhikevich 2003";
	/** The label of {@link #CUSTOM} (a compile-time constant for commands' {@code choices}). */
	public static final String CUSTOM_LABEL = "Custom";

	private final String label;
	/** Default total number of neurons. */
	public final int neurons;
	/** Default connection probability (Brunel: ε, giving the in-degrees C_E = ε·10000 and C_I = ε·2500). */
	public final double connectionProbability;
	/** Default excitatory and inhibitory weights, in {@link #weightUnit}. */
	public final double excitatoryWeight, inhibitoryWeight;
	/** Default delay in ms. */
	public final double delay;
	/** Default duration and time step in ms. */
	public final double duration, dt;
	/** The unit of the weights. */
	public final String weightUnit;

	NetworkPreset(final String label, final int neurons, final double p, final double we, final double wi,
		final double delay, final double duration, final double dt, final String weightUnit)
	{
		this.label = label;
		this.neurons = neurons;
		this.connectionProbability = p;
		this.excitatoryWeight = we;
		this.inhibitoryWeight = wi;
		this.delay = delay;
		this.duration = duration;
		this.dt = dt;
		this.weightUnit = weightUnit;
	}

	/** The label used in the dialog and in macros. */
	public String label() {
		return label;
	}

	/** The preset with this label (case-insensitive). */
	public static NetworkPreset fromLabel(final String label) {
		for (final NetworkPreset p : values())
			if (p.label.equalsIgnoreCase(label) || p.name().equalsIgnoreCase(label)) return p;
		throw new InvalidParameterException("preset", "preset = \"" + label + "\" is invalid: must be one of " +
			"\"Ring (alpha PSC)\", \"CUBA\", \"COBA\", \"COBAHH\", \"Brunel\", \"Izhikevich 2003\", \"Custom\"");
	}
}

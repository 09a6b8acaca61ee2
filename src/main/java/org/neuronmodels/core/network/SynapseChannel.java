package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;

/**
 * One kind of synaptic input a population receives (e.g. "excitatory"):
 * the kernel, its time constant in ms, and for conductances the reversal
 * potential in mV. Every projection onto a population names the channel
 * its spikes go to.
 */
public final class SynapseChannel {

	/** The name, e.g. {@code "exc"}. */
	public final String name;
	/** The kernel. */
	public final SynapseKind kind;
	/** Decay time constant in ms (unused for {@link SynapseKind#DELTA}). */
	public final double tau;
	/** Reversal potential in mV (conductance kinds only). */
	public final double reversal;

	private SynapseChannel(final String name, final SynapseKind kind, final double tau, final double reversal) {
		this.name = name;
		this.kind = kind;
		this.tau = tau;
		this.reversal = reversal;
	}

	/** Instantaneous input (a voltage jump in mV for LIF). */
	public static SynapseChannel delta(final String name) {
		return new SynapseChannel(name, SynapseKind.DELTA, Double.NaN, Double.NaN);
	}

	/** A current-based channel of the given kind and time constant {@code tau} ms. */
	public static SynapseChannel current(final String name, final SynapseKind kind, final double tau) {
		if (kind == SynapseKind.DELTA) return delta(name);
		if (kind.isConductance()) throw new IllegalArgumentException(kind + " is not a current kind");
		return new SynapseChannel(name, kind, Checks.inRange("tau" + cap(name), "ms", tau, 1e-3, 1e5), Double.NaN);
	}

	/** An exponential conductance with time constant {@code tau} ms and reversal potential {@code reversal} mV. */
	public static SynapseChannel conductance(final String name, final double tau, final double reversal) {
		return new SynapseChannel(name, SynapseKind.CONDUCTANCE_EXPONENTIAL, Checks.inRange("tau" + cap(name), "ms",
			tau, 1e-3, 1e5), Checks.inRange("E" + cap(name), "mV", reversal, -200, 200));
	}

	private static String cap(final String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	/** The unit of this channel's weights. */
	public String weightUnit() {
		switch (kind) {
			case DELTA:
				return "mV";
			case ALPHA_RAW:
				return "nA/ms";
			case CONDUCTANCE_EXPONENTIAL:
				return "µS";
			default:
				return "nA";
		}
	}
}

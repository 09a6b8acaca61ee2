package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.MemoryBudget;

/**
 * The memory a preset network needs, estimated from its size before anything
 * is built, and the largest {@code neurons} that fits: the synapses (4 bytes
 * each, 12 where every synapse has its own weight), the neurons' state
 * ({@value #BYTES_PER_NEURON} bytes), their delay rings (8 bytes per channel
 * and delay step), the per-thread row cuts (4 bytes per thread and row) and
 * the spikes (24 bytes each, at up to {@value #RATE_BOUND_HZ} Hz).
 */
final class NetworkMemory {

	/** State arrays of a neuron (a LIF neuron with two channels has about 25 doubles; Traub–Miles about 20). */
	static final double BYTES_PER_NEURON = 256;
	/** Spike log and record: neuron and step while running, neuron and time in the result. */
	static final double BYTES_PER_SPIKE = 24;
	/** The rate the spike memory is estimated for (above every preset's published rate). */
	static final double RATE_BOUND_HZ = 50;

	private NetworkMemory() {}

	/** The synapses of resolved {@code s} with {@code n} neurons (expected count for random rules). */
	static double synapses(final NetworkSettings s, final double n) {
		switch (s.preset) {
			case RING:
				return n;
			case BRUNEL:
				return (NetworkBuilder.brunelInDegree(s, NetworkBuilder.BRUNEL_NE) + NetworkBuilder.brunelInDegree(s,
					NetworkBuilder.BRUNEL_NE / 4)) * n;
			case CUSTOM:
				final String rule = s.rule.toLowerCase(java.util.Locale.ROOT);
				if (rule.equals("one-to-one") || rule.equals("ring")) return n;
				if (rule.equals("all-to-all")) return n * n;
				if (rule.equals("weight image")) return 0; // the image's own size, checked when it is read
				return s.connectionProbability * n * n;
			default:
				return s.connectionProbability * n * n;
		}
	}

	/** Bytes per synapse: the target, plus the weight where synapses have their own (Izhikevich: U(0,1)·scale). */
	static double bytesPerSynapse(final NetworkSettings s) {
		return s.preset == NetworkPreset.IZHIKEVICH ? 12 : 4;
	}

	/** The estimated bytes of resolved {@code s} with {@code n} neurons. */
	static double bytes(final NetworkSettings s, final double n) {
		final double seconds = s.duration / 1000;
		final double perNeuron = BYTES_PER_NEURON + 8.0 * 2 * (s.delaySteps() + 2) + 4.0 * (s.threads + 1) * 2 +
			BYTES_PER_SPIKE * RATE_BOUND_HZ * seconds;
		return n * perNeuron + synapses(s, n) * bytesPerSynapse(s);
	}

	/** The largest number of neurons whose estimate fits in {@code usable} bytes (0 when none does). */
	static int maxNeurons(final NetworkSettings s, final double usable) {
		int lo = 0, hi = 10_000_000;
		if (bytes(s, hi) <= usable) return hi;
		while (hi - lo > 1) {
			final int mid = (lo + hi) >>> 1;
			if (bytes(s, mid) <= usable) lo = mid;
			else hi = mid;
		}
		return lo;
	}

	/** Refuses resolved {@code s} when its estimate exceeds the heap that is free now. */
	static void check(final NetworkSettings s) {
		check(s, MemoryBudget.usableFor(bytes(s, s.neurons)));
	}

	/** Refuses resolved {@code s} when its estimate exceeds {@code usable} bytes, naming the largest size that fits. */
	static void check(final NetworkSettings s, final double usable) {
		final double need = bytes(s, s.neurons);
		if (need <= usable) return;
		throw new InvalidParameterException("neurons", "neurons = " + s.neurons + " is too many for the " + s.preset
			.label() + " network in this Java heap: it needs about " + MemoryBudget.size(need) + " (" + Checks.fmt(Math
				.rint(synapses(s, s.neurons))) + " synapses) but only " + MemoryBudget.size(usable) +
			" is available; at most " + maxNeurons(s, usable) + " neurons fit (use fewer neurons, or start Java " +
			"with a larger -Xmx)");
	}
}

package org.neuronmodels.core.network;

/**
 * The refractory neurons of a population whose neurons all have the same
 * refractory period, so that they end it in the order they spiked: one queue
 * per chunk (the engine always passes the same range {@code [from, to)} for a
 * chunk), stored in the chunk's own slice of population-wide arrays, so chunks
 * never share an element. Holding V costs one store per refractory neuron per
 * step, instead of work for every neuron.
 */
final class RefractoryQueue {

	/** Per chunk, in its slice {@code [from, to)}: the queued neurons (local indices), as a ring. */
	private final int[] queue;
	/** Per neuron: the first step it integrates again. */
	private final int[] releaseAt;
	/** At index {@code from} of each chunk: the ring's head and length. */
	private final int[] head, length;

	RefractoryQueue(final int n) {
		queue = new int[n];
		releaseAt = new int[n];
		head = new int[n];
		length = new int[n];
	}

	/**
	 * Before step k's spikes are looked for: releases the neurons whose period
	 * ends before step k and sets V of the others in {@code [from, to)} back to
	 * {@code vReset}, undoing the step's integration.
	 */
	void hold(final double[] v, final double vReset, final int from, final int to, final int k) {
		final int size = to - from;
		int h = head[from], len = length[from];
		while (len > 0 && releaseAt[queue[from + h]] <= k) {
			h = h + 1 == size ? 0 : h + 1;
			len--;
		}
		head[from] = h;
		length[from] = len;
		for (int j = 0, p = h; j < len; j++, p = p + 1 == size ? 0 : p + 1)
			v[queue[from + p]] = vReset;
	}

	/** Queues neuron {@code i} of chunk {@code [from, to)}, refractory until step {@code release}. */
	void add(final int i, final int release, final int from, final int to) {
		final int size = to - from;
		final int p = (head[from] + length[from]) % size;
		queue[from + p] = i;
		releaseAt[i] = release;
		length[from]++;
	}
}

package org.neuronmodels.core.network;

/**
 * The refractory neurons of a population whose neurons all have the same
 * refractory period, so that they end it in the order they spiked: one ring
 * per chunk (the engine always passes the same range {@code [from, to)} for a
 * chunk), stored in the chunk's own slice {@code [2·from, 2·to)} of a
 * population-wide array, so chunks never share an element. The ring's size is
 * a power of two (at least the chunk's size: a neuron is queued at most once),
 * so positions wrap with a mask, without a branch that the JIT could compile
 * as a trap. Holding V costs one store per refractory neuron per step, instead
 * of work for every neuron.
 */
final class RefractoryQueue {

	/** Per chunk, in its slice: the queued neurons (local indices), as a ring. */
	private final int[] queue;
	/** Per neuron: the first step it integrates again. */
	private final int[] releaseAt;
	/** At index {@code from} of each chunk: the ring's head and length. */
	private final int[] head, length;

	RefractoryQueue(final int n) {
		queue = new int[2 * n];
		releaseAt = new int[n];
		head = new int[n];
		length = new int[n];
	}

	/** The ring size of a chunk of {@code size} neurons: the smallest power of two not below it. */
	private static int capacity(final int size) {
		return size <= 1 ? 1 : Integer.highestOneBit(size - 1) << 1;
	}

	/**
	 * Before step k's spikes are looked for: releases the neurons whose period
	 * ends before step k and sets V of the others in {@code [from, to)} back to
	 * {@code vReset}, undoing the step's integration.
	 */
	void hold(final double[] v, final double vReset, final int from, final int to, final int k) {
		final int base = 2 * from, mask = capacity(to - from) - 1;
		int h = head[from], len = length[from];
		while (len > 0 && releaseAt[queue[base + h]] <= k) {
			h = (h + 1) & mask;
			len--;
		}
		head[from] = h;
		length[from] = len;
		for (int j = 0; j < len; j++)
			v[queue[base + ((h + j) & mask)]] = vReset;
	}

	/** Queues neuron {@code i} of chunk {@code [from, to)}, refractory until step {@code release}. */
	void add(final int i, final int release, final int from, final int to) {
		final int mask = capacity(to - from) - 1;
		queue[2 * from + ((head[from] + length[from]) & mask)] = i;
		releaseAt[i] = release;
		length[from]++;
	}
}

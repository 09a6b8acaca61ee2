package org.neuronmodels.core.network;

import java.util.Arrays;

import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.StepLoop;

/**
 * A contiguous block of neurons {@code [lo, hi)} (global indices) that one
 * thread at a time advances and delivers synaptic input to (a chunk of the
 * {@link StepLoop}: step k samples the recorded neurons, adds the spikes of
 * step k − 1, then advances through step k): its spike lists
 * (double-buffered by step parity, read by every chunk in the next step), its
 * first blow-up, and the log of its spikes for the result.
 */
final class NetworkChunk implements StepLoop.Chunk {

	final int index, lo, hi;
	final Fault fault = new Fault();
	private final NetworkPopulation[] pops;
	private final Projection[] projs;
	/** Per population: the local range of its neurons in this chunk (empty when from ≥ to). */
	private final int[] popFrom, popTo;
	private final int[][] spikes = new int[2][];
	/**
	 * The spike counts of the last two steps, at {@code [PAD]} and
	 * {@code [2·PAD]}: alone on their cache lines (away from the array's ends
	 * too), since the owner writes them every step and every other chunk reads
	 * them.
	 */
	private final int[] counts = new int[3 * PAD];
	/** Every spike of this chunk (owner-written, kept off the fields other chunks read). */
	private final SpikeLog log = new SpikeLog();

	/** Every chunk of the run, in order (set before the run). */
	private NetworkChunk[] all;
	/** The recorded neurons of this chunk, or null. */
	private NetworkRecorder.Part recorded;

	/** Ints per 128 bytes (two cache lines). */
	private static final int PAD = 32;

	/** Neuron and step of every spike of a chunk, in time order. */
	private static final class SpikeLog {

		int[] neuron = new int[64], step = new int[64];
		int count;
	}

	NetworkChunk(final int index, final int lo, final int hi, final NetworkPopulation[] pops,
		final Projection[] projs)
	{
		this.index = index;
		this.lo = lo;
		this.hi = hi;
		this.pops = pops;
		this.projs = projs;
		spikes[0] = new int[hi - lo];
		spikes[1] = new int[hi - lo];
		popFrom = new int[pops.length];
		popTo = new int[pops.length];
		for (int p = 0; p < pops.length; p++) {
			popFrom[p] = Math.max(0, Math.min(pops[p].n, lo - pops[p].offset));
			popTo[p] = Math.max(0, Math.min(pops[p].n, hi - pops[p].offset));
			if (popFrom[p] < popTo[p]) pops[p].addBlock(popFrom[p], popTo[p]);
		}
	}

	/** Joins the run: every chunk in order, and the part of the recording this chunk samples (null: none). */
	void join(final NetworkChunk[] chunks, final NetworkRecorder.Part part) {
		this.all = chunks;
		this.recorded = part;
	}

	@Override
	public void step(final int k) {
		if (recorded != null) recorded.sample(k);
		if (k > 0) propagate(all, k - 1);
		update(k);
	}

	@Override
	public Fault fault() {
		return fault;
	}

	/** Work before the loop (e.g. pre-drawing noise) for this chunk's neurons. */
	@Override
	public void beforeRun() {
		for (int p = 0; p < pops.length; p++)
			if (popFrom[p] < popTo[p]) pops[p].beforeRun(popFrom[p], popTo[p]);
	}

	/** Advances this chunk's neurons through step {@code k} and lists (and logs) the ones that spiked. */
	void update(final int k) {
		final int[] list = spikes[k & 1];
		int count = 0;
		for (int p = 0; p < pops.length; p++)
			if (popFrom[p] < popTo[p]) count = pops[p].update(popFrom[p], popTo[p], k, list, count, fault);
		counts[(1 + (k & 1)) * PAD] = count;
		if (count > 0) log(list, count, k);
	}

	private void log(final int[] list, final int count, final int k) {
		final SpikeLog l = this.log;
		if (l.count + count > l.neuron.length) {
			final int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * l.neuron.length, l.count +
				(long) count));
			l.neuron = Arrays.copyOf(l.neuron, capacity);
			l.step = Arrays.copyOf(l.step, capacity);
		}
		System.arraycopy(list, 0, l.neuron, l.count, count);
		Arrays.fill(l.step, l.count, l.count + count, k);
		l.count += count;
	}

	/** Adds the weights of every spike of step {@code s} (all chunks, in order) to the synapses onto this chunk. */
	void propagate(final NetworkChunk[] all, final int s) {
		final int parity = s & 1;
		for (final Projection pr : projs) {
			final NetworkPopulation src = pr.source;
			final int s0 = src.offset, s1 = s0 + src.n;
			final int[] cutLo = pr.cut[index], cutHi = pr.cut[index + 1];
			final int[] before = pr.before == null ? null : pr.before[index];
			for (final NetworkChunk w : all) {
				final int c = w.counts[(1 + parity) * PAD];
				if (c == 0 || w.hi <= s0 || w.lo >= s1) continue;
				final int[] l = w.spikes[parity];
				for (int j = 0; j < c; j++) {
					final int g = l[j];
					if (g < s0 || g >= s1) continue;
					final int a = cutLo[g - s0], b = cutHi[g - s0];
					if (a < b) pr.deposit(s, a, b, before == null ? 0 : before[g - s0]);
				}
			}
		}
	}

	/** The spikes this chunk has logged so far (read by the progress watcher: possibly a little behind). */
	int spikesSoFar() {
		return log.count;
	}

	/** Every chunk's spikes merged in time order (within a step, ascending neuron), stamped t_(k+1). */
	static SpikeRecord merge(final NetworkChunk[] chunks, final int size, final double dt) {
		final SpikeRecord record = new SpikeRecord(size);
		final int[] at = new int[chunks.length];
		while (true) {
			int step = Integer.MAX_VALUE;
			for (int c = 0; c < chunks.length; c++)
				if (at[c] < chunks[c].log.count) step = Math.min(step, chunks[c].log.step[at[c]]);
			if (step == Integer.MAX_VALUE) return record;
			final double t = (step + 1) * dt;
			for (int c = 0; c < chunks.length; c++) {
				final SpikeLog l = chunks[c].log;
				while (at[c] < l.count && l.step[at[c]] == step)
					record.add(l.neuron[at[c]++], t);
			}
		}
	}
}

package org.neuronmodels.core.network;

import java.util.function.LongConsumer;

import org.neuronmodels.core.random.RandomStream;

/**
 * The fixed in-degree rule's drawing: every target {@code j} draws its
 * {@code k} distinct sources from its own stream (Floyd's algorithm), twice:
 * first to count each source's row, then to place {@code j} into the rows of
 * its sources, so that rows list their targets in ascending order without a
 * temporary array of all sources. Targets are split among threads in
 * ascending ranges.
 * <p>
 * Placing is done in blocks of targets: a block's (source, target) pairs are
 * first grouped by ranges of source rows, then written row range by row range.
 * Placing them one by one would write to a random row of a multi-gigabyte
 * array for every synapse (a cache and TLB miss each: most of the build time
 * of a 10⁶-neuron network); grouped, the writes of a range stay within a few
 * hundred rows, each receiving several consecutive targets. The result is the
 * same, bit for bit.
 * </p>
 */
final class FixedInDegree {

	/** Synapses per placing block and thread (two int arrays of this length per thread). */
	static final int BLOCK_SYNAPSES = 1 << 22;
	/** The number of source-row ranges a block is grouped into (at most). */
	static final int RANGES = 1024;

	private final int pre, post, k, pool, threads;
	private final boolean allowSelf;
	private final long seed;
	private final LongConsumer progress;

	FixedInDegree(final int pre, final int post, final int k, final boolean allowSelf, final long seed,
		final int threads, final LongConsumer progress)
	{
		this.pre = pre;
		this.post = post;
		this.k = k;
		this.allowSelf = allowSelf;
		this.pool = allowSelf ? pre : pre - 1;
		this.seed = seed;
		this.threads = threads;
		this.progress = progress;
	}

	/** Fills {@code rows} (length pre + 1) and returns the target array. */
	int[] draw(final int[] rows) {
		final int[][] next = new int[threads][pre];
		ParallelBuild.tasks(threads, t -> {
			final int[] src = new int[k], count = next[t];
			final boolean[] taken = new boolean[pre];
			for (int j = first(t), end = first(t + 1); j < end; j++) {
				drawInputs(j, src, taken);
				for (int m = 0; m < k; m++)
					count[src[m]]++;
				if ((j & 1023) == 1023) progress.accept(512L * k);
			}
		});
		for (int r = 0; r < pre; r++) {
			int at = rows[r];
			for (int t = 0; t < threads; t++) {
				final int c = next[t][r];
				next[t][r] = at; // becomes where thread t places its next synapse of row r
				at += c;
			}
			rows[r + 1] = at;
		}
		final int[] targets = new int[rows[pre]];
		ParallelBuild.tasks(threads, t -> place(t, next[t], targets));
		return targets;
	}

	/** The first target of thread {@code t}'s range. */
	private int first(final int t) {
		return (int) ((long) t * post / threads);
	}

	/** Places the targets of thread {@code t}'s range; {@code at[r]}: where its next synapse of row r goes. */
	private void place(final int t, final int[] at, final int[] targets) {
		final int perBlock = Math.max(1, Math.min(post, BLOCK_SYNAPSES / Math.max(1, k)));
		final int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, pre - 1)) - 10);
		final int ranges = ((pre - 1) >>> shift) + 1;
		final int[] src = new int[(int) Math.min((long) perBlock * k, (long) (first(t + 1) - first(t)) * k + 1)];
		final int[] pairSrc = new int[src.length], pairTgt = new int[src.length], start = new int[ranges + 1];
		final int[] one = new int[k];
		final boolean[] taken = new boolean[pre];
		for (int j0 = first(t), end = first(t + 1); j0 < end; j0 += perBlock) {
			final int j1 = Math.min(end, j0 + perBlock), n = (j1 - j0) * k;
			java.util.Arrays.fill(start, 0);
			for (int j = j0; j < j1; j++) {
				drawInputs(j, one, taken);
				System.arraycopy(one, 0, src, (j - j0) * k, k);
				for (int m = 0; m < k; m++)
					start[(one[m] >>> shift) + 1]++;
			}
			for (int g = 0; g < ranges; g++)
				start[g + 1] += start[g];
			for (int q = 0; q < n; q++) { // stable: each range keeps the targets in ascending order
				final int s = src[q], slot = start[s >>> shift]++;
				pairSrc[slot] = s;
				pairTgt[slot] = j0 + q / k;
			}
			for (int q = 0; q < n; q++)
				targets[at[pairSrc[q]]++] = pairTgt[q];
			progress.accept(n / 2L);
		}
	}

	/** The {@code k} distinct inputs of target {@code j} (Floyd's algorithm: k draws from its own stream). */
	private void drawInputs(final int j, final int[] src, final boolean[] taken) {
		final RandomStream rng = RandomStream.of(seed, ConnectionRules.STREAM_BASE + (1L << 32) + j);
		final int self = allowSelf || j >= pre ? -1 : j;
		for (int m = pool - k; m < pool; m++) {
			int c = rng.nextInt(m + 1);
			if (taken[shift(c, self)]) c = m;
			final int s = shift(c, self);
			taken[s] = true;
			src[m - (pool - k)] = s;
		}
		for (int m = 0; m < k; m++)
			taken[src[m]] = false;
	}

	private static int shift(final int c, final int self) {
		return self >= 0 && c >= self ? c + 1 : c;
	}
}

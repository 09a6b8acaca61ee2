package org.neuronmodels.core.network;

import java.util.Arrays;

/**
 * The ascending targets of every row of a big connectivity in two bytes per
 * synapse instead of four: each row stores the gaps between successive targets
 * (the first counted from −1, so every gap is at least 1) as chars; a gap
 * above 65535 (rare: random connectivity with probability p has gaps of mean
 * 1/p) is a 0 followed by its low and high 16 bits. Less memory is less time
 * too: every page of a new array is zeroed and faulted in, and the spike
 * propagation streams half the bytes (its adds stay as fast as on ints; a
 * byte-wide varint, half the size again, measured 2–3 times slower there). The
 * order of the synapses, and so of every addition, is that of the int rows.
 */
final class PackedTargets {

	/** Expected synapses from which a random rule packs its rows (smaller projections keep int targets). */
	static final long MIN_SYNAPSES = 1L << 24;

	/** The largest gap stored in one char. */
	static final int MAX_SHORT_GAP = 0xFFFF;

	/** {@link #MIN_SYNAPSES}, lowered by tests to compare packed and int rows on small networks. */
	static volatile long packFrom = MIN_SYNAPSES;

	/** The gaps, row after row. */
	final char[] gaps;
	/** {@code rowChar[r]}: the offset of row r's first char; {@code rowChar[rows]} ends the last. */
	final int[] rowChar;

	PackedTargets(final char[] gaps, final int[] rowChar) {
		this.gaps = gaps;
		this.rowChar = rowChar;
	}

	/**
	 * Whether a random projection expecting {@code synapses} synapses with
	 * probability {@code p} packs its targets: big enough, and gaps above
	 * {@link #MAX_SHORT_GAP} (three chars each) rarer than one in a hundred.
	 */
	static boolean packs(final double synapses, final double p) {
		return synapses >= packFrom && p < 1 && longGapChance(p) < 0.01;
	}

	/** The probability that a geometric gap (≥ 1) with probability {@code p} exceeds {@link #MAX_SHORT_GAP}. */
	private static double longGapChance(final double p) {
		return Math.exp(MAX_SHORT_GAP * Math.log1p(-p));
	}

	/**
	 * Appends the gaps of {@code count} ascending targets {@code t[from …]}
	 * (one row) to {@code out} at {@code at}; returns the new end.
	 */
	static int encode(final int[] t, final int from, final int count, final char[] out, int at) {
		int prev = -1;
		for (int j = from, end = from + count; j < end; j++) {
			final int d = t[j] - prev;
			prev = t[j];
			if (d <= MAX_SHORT_GAP) out[at++] = (char) d;
			else {
				out[at++] = 0;
				out[at++] = (char) d;
				out[at++] = (char) (d >>> 16);
			}
		}
		return at;
	}

	/** The chars the gaps of a row take at most: three per target. */
	static int maxChars(final int targets) {
		return 3 * targets;
	}

	/**
	 * A bound on the chars of {@code synapses} targets whose gaps are
	 * geometric with probability {@code p} (Bernoulli rows): one each, two more
	 * per gap above {@link #MAX_SHORT_GAP}, plus six standard deviations of
	 * their count.
	 */
	static double boundChars(final double synapses, final double p) {
		final double q = longGapChance(p);
		return synapses * (1 + 2 * q) + 12 * Math.sqrt(synapses * q + 1) + 64;
	}

	/** The long gap whose escape (the 0) is at {@code gaps[p]}. */
	static int longGap(final char[] gaps, final int p) {
		return gaps[p + 1] | gaps[p + 2] << 16;
	}

	/** The targets of row {@code r} ({@code count} of them), decoded. */
	int[] row(final int r, final int count) {
		final int[] t = new int[count];
		int p = rowChar[r], v = -1;
		for (int j = 0; j < count; j++) {
			final int d = gaps[p];
			if (d != 0) {
				v += d;
				p++;
			}
			else {
				v += longGap(gaps, p);
				p += 3;
			}
			t[j] = v;
		}
		return t;
	}

	/** Every target, decoded into one int array (rows in order, {@code rowStart} their synapse offsets). */
	int[] unpack(final int[] rowStart) {
		final int rows = rowStart.length - 1;
		final int[] t = new int[rowStart[rows]];
		for (int r = 0; r < rows; r++) {
			final int n = rowStart[r + 1] - rowStart[r];
			if (n > 0) System.arraycopy(row(r, n), 0, t, rowStart[r], n);
		}
		return t;
	}

	/** The bounds of the last {@link #cuts(int[])} and its result (a rerun, e.g. at dt/2, has the same ones). */
	private int[] lastBounds;
	private int[][][] lastCuts;

	/**
	 * For each row, where the targets of each of {@code bounds.length} ascending
	 * bounds start: {@code [0][t][r]}, the offset of the first char of a target
	 * ≥ {@code bounds[t]} (the row's end if none), and {@code [1][t][r]}, the
	 * target decoded just before it (−1 at the row's start). Rows are scanned on
	 * every core; the result is shared with the next call for the same bounds.
	 */
	synchronized int[][][] cuts(final int[] bounds) {
		if (Arrays.equals(bounds, lastBounds)) return lastCuts;
		final int rows = rowChar.length - 1;
		final int[][] at = new int[bounds.length][rows], before = new int[bounds.length][rows];
		final int threads = (int) Math.max(1, Math.min(ParallelBuild.threads(), gaps.length / (1 << 20)));
		ParallelBuild.tasks(threads, t -> cuts(bounds, at, before, (int) ((long) rows * t / threads),
			(int) ((long) rows * (t + 1) / threads)));
		lastBounds = bounds.clone();
		return lastCuts = new int[][][] { at, before };
	}

	/** {@link #cuts(int[])} of rows {@code [from, to)} into {@code at} and {@code before}. */
	private void cuts(final int[] bounds, final int[][] at, final int[][] before, final int from, final int to) {
		final char[] g = gaps;
		for (int r = from; r < to; r++) {
			final int end = rowChar[r + 1];
			int p = rowChar[r], v = -1;
			for (int t = 0; t < bounds.length; t++) {
				final int bound = bounds[t];
				// p: the first char not yet decoded, v: the target before it; stop at the first target ≥ bound
				while (p < end) {
					final int d = g[p];
					if (d != 0) {
						if (v + d >= bound) break;
						v += d;
						p++;
					}
					else {
						final int next = v + longGap(g, p);
						if (next >= bound) break;
						v = next;
						p += 3;
					}
				}
				at[t][r] = p;
				before[t][r] = v;
			}
		}
	}
}

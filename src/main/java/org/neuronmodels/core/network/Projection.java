package org.neuronmodels.core.network;

/**
 * Synapses from one population to a channel of another (or the same): the
 * connectivity plus what the engine precomputes to propagate spikes fast.
 */
public final class Projection {

	final NetworkPopulation source, target;
	final int channel;
	final Connectivity connectivity;

	/**
	 * Weights as added on arrival (alpha-peak channels scale by e/τ); the
	 * connectivity's own array otherwise; null when the connectivity stores one weight.
	 */
	double[] arrivalWeight;
	/** Whether every row's targets are consecutive indices (dense rows: vectorisable adds). */
	boolean contiguous;
	/** The arrival weight when every synapse has the same one, else NaN. */
	double uniformWeight;
	/**
	 * {@code cut[t][r]}: the first synapse of row r whose target belongs to
	 * worker t; {@code cut[T]} ends rows. Packed targets: the offset of its
	 * first char.
	 */
	int[][] cut;
	/** Packed targets: {@code before[t][r]}, the target preceding {@code cut[t][r]} in its row (−1: none); else null. */
	int[][] before;

	Projection(final NetworkPopulation source, final NetworkPopulation target, final int channel,
		final Connectivity connectivity)
	{
		this.source = source;
		this.target = target;
		this.channel = channel;
		this.connectivity = connectivity;
	}

	/** The presynaptic population. */
	public NetworkPopulation source() {
		return source;
	}

	/** The postsynaptic population. */
	public NetworkPopulation target() {
		return target;
	}

	/** The receiving channel of the target population. */
	public SynapseChannel channel() {
		return target.channels[channel];
	}

	/** The synapses. */
	public Connectivity connectivity() {
		return connectivity;
	}

	/** Whether spikes go through the delay ring (any delay above zero steps, or per-synapse delays). */
	boolean usesRing() {
		return connectivity.delay != null || connectivity.uniformDelay > 0;
	}

	/** Precomputes arrival weights, density and the per-worker row cuts for {@code bounds} (global worker ranges). */
	void prepare(final int[] bounds) {
		final Connectivity c = connectivity;
		final SynapseChannel ch = target.channels[channel];
		final double scale = ch.kind.arrivalScale(ch.tau);
		if (c.weight == null) {
			arrivalWeight = null;
			uniformWeight = c.uniformWeight * scale;
		}
		else {
			if (scale == 1) arrivalWeight = c.weight;
			else {
				arrivalWeight = new double[c.weight.length];
				for (int j = 0; j < arrivalWeight.length; j++)
					arrivalWeight[j] = c.weight[j] * scale;
			}
			uniformWeight = arrivalWeight.length > 0 ? arrivalWeight[0] : Double.NaN;
			for (final double w : arrivalWeight)
				if (Double.doubleToLongBits(w) != Double.doubleToLongBits(uniformWeight)) {
					uniformWeight = Double.NaN;
					break;
				}
		}
		final int workers = bounds.length - 1;
		cut = new int[workers + 1][];
		final int[] local = new int[workers];
		for (int t = 0; t < workers; t++)
			local[t] = Math.max(0, Math.min(target.n, bounds[t] - target.offset));
		if (c.packed != null) {
			contiguous = false;
			final int[][][] cuts = c.packed.cuts(local);
			System.arraycopy(cuts[0], 0, cut, 0, workers);
			before = cuts[1];
			cut[workers] = java.util.Arrays.copyOfRange(c.packed.rowChar, 1, c.preCount + 1);
			return;
		}
		before = null;
		boolean dense = true;
		for (int r = 0; r < c.preCount && dense; r++)
			for (int j = c.rowStart[r] + 1; j < c.rowStart[r + 1]; j++)
				if (c.target[j] != c.target[j - 1] + 1) {
					dense = false;
					break;
				}
		contiguous = dense && c.delay == null;
		for (int t = 0; t <= workers; t++) {
			cut[t] = new int[c.preCount];
			for (int r = 0; r < c.preCount; r++)
				cut[t][r] = t == workers ? c.rowStart[r + 1] : lowerBound(c.target, c.rowStart[r], c.rowStart[r + 1],
					local[t]);
		}
	}

	/**
	 * Adds the weights of synapses {@code [a, b)} (of one row, whose neuron
	 * spiked during step {@code k}) to their targets' inputs, or to the delay
	 * ring slot of step {@code k + 1 + delay}. (One small method per case, so
	 * that the JIT compiles only the cases a network uses, and quickly.)
	 */
	void deposit(final int k, final int a, final int b) {
		deposit(k, a, b, 0);
	}

	/**
	 * The same; packed targets: {@code [a, b)} are char offsets and
	 * {@code prev} the target before byte a ({@link #before}).
	 */
	void deposit(final int k, final int a, final int b, final int prev) {
		final Connectivity c = connectivity;
		if (c.delay != null) {
			depositDelayed(k, a, b);
			return;
		}
		final double[] dst;
		final int base;
		if (c.uniformDelay == 0) {
			dst = target.inputArray(channel);
			base = 0;
		}
		else {
			dst = target.ring[channel];
			base = ((k + 1 + c.uniformDelay) % target.ringSlots[channel]) * target.n;
		}
		if (c.packed != null) addPacked(dst, base, c.packed.gaps, uniformWeight, a, b, prev);
		else if (contiguous) {
			if (arrivalWeight == null) addRowUniform(dst, base + c.target[a] - a, uniformWeight, a, b);
			else addRow(dst, base + c.target[a] - a, arrivalWeight, a, b);
		}
		else if (uniformWeight == uniformWeight) addUniform(dst, base, c.target, uniformWeight, a, b);
		else addScattered(dst, base, c.target, arrivalWeight, a, b);
	}

	/** Dense row: {@code dst[off + j] += w[j]} (vectorised). */
	private static void addRow(final double[] dst, final int off, final double[] w, final int a, final int b) {
		for (int j = a; j < b; j++)
			dst[off + j] += w[j];
	}

	/** Dense row of one weight: {@code dst[off + j] += w} (vectorised). */
	private static void addRowUniform(final double[] dst, final int off, final double w, final int a, final int b) {
		for (int j = a; j < b; j++)
			dst[off + j] += w;
	}

	private static void addUniform(final double[] dst, final int base, final int[] tgt, final double w, final int a,
		final int b)
	{
		for (int j = a; j < b; j++)
			dst[base + tgt[j]] += w;
	}

	/** Packed row chars {@code [a, b)} of one weight, the target before them {@code t}: decodes and adds. */
	private static void addPacked(final double[] dst, final int base, final char[] gaps, final double w, int a,
		final int b, int t)
	{
		while (a < b) {
			final int d = gaps[a];
			if (d != 0) {
				t += d;
				a++;
			}
			else {
				t += PackedTargets.longGap(gaps, a);
				a += 3;
			}
			dst[base + t] += w;
		}
	}

	private static void addScattered(final double[] dst, final int base, final int[] tgt, final double[] w,
		final int a, final int b)
	{
		for (int j = a; j < b; j++)
			dst[base + tgt[j]] += w[j];
	}

	private void depositDelayed(final int k, final int a, final int b) {
		final int[] tgt = connectivity.target, del = connectivity.delay;
		final double[] w = arrivalWeight, ring = target.ring[channel];
		final int slots = target.ringSlots[channel], n = target.n;
		if (w == null) {
			final double u = uniformWeight;
			for (int j = a; j < b; j++)
				ring[((k + 1 + del[j]) % slots) * n + tgt[j]] += u;
			return;
		}
		for (int j = a; j < b; j++)
			ring[((k + 1 + del[j]) % slots) * n + tgt[j]] += w[j];
	}

	private static int lowerBound(final int[] a, int lo, int hi, final int key) {
		while (lo < hi) {
			final int mid = (lo + hi) >>> 1;
			if (a[mid] < key) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

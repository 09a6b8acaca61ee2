package org.neuronmodels.core.network;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.MemoryBudget;

/**
 * Synapses from {@code preCount} presynaptic to {@code postCount}
 * postsynaptic neurons, stored as compressed rows (CSR): the synapses of
 * presynaptic neuron {@code r} are {@code rowStart[r] … rowStart[r+1]-1}, each
 * with a postsynaptic {@code target} (ascending within a row), a
 * {@code weight} (unit of the receiving synapse: nA, µS or mV) and a delay
 * in whole time steps (one for all, or one per synapse). A projection whose
 * synapses all have one weight stores it once (no array), so that a synapse
 * takes 4 bytes; the target array may be longer than the synapse count
 * {@code rowStart[preCount]} (the rules draw into an array sized for the
 * expected count and do not copy it to trim it). A big random projection
 * keeps its targets packed instead ({@link PackedTargets}, two bytes per
 * synapse; {@code target} is then null, and a per-synapse weight or delay
 * array unpacks them). Arrays are owned, never exposed for writing.
 */
public final class Connectivity {

	final int preCount, postCount;
	final int[] rowStart;
	/** The targets in synapse order, or null when they are {@link #packed}. */
	final int[] target;
	/** The targets packed, or null. */
	final PackedTargets packed;
	/** Per-synapse weights, or null when every synapse has {@link #uniformWeight}. */
	final double[] weight;
	final double uniformWeight;
	/** Per-synapse delays in steps, or null when every synapse has {@link #uniformDelay}. */
	final int[] delay;
	final int uniformDelay;

	Connectivity(final int preCount, final int postCount, final int[] rowStart, final int[] target,
		final double[] weight, final int[] delay, final int uniformDelay)
	{
		this(preCount, postCount, rowStart, target, weight, Double.NaN, delay, uniformDelay);
	}

	/** Synapses that all have weight {@code w} (no per-synapse array). */
	Connectivity(final int preCount, final int postCount, final int[] rowStart, final int[] target, final double w) {
		this(preCount, postCount, rowStart, target, null, w, null, 0);
	}

	/** Synapses with packed targets that all have weight {@code w}. */
	Connectivity(final int preCount, final int postCount, final int[] rowStart, final PackedTargets packed,
		final double w)
	{
		this(preCount, postCount, rowStart, null, packed, null, w, null, 0);
	}

	private Connectivity(final int preCount, final int postCount, final int[] rowStart, final int[] target,
		final double[] weight, final double uniformWeight, final int[] delay, final int uniformDelay)
	{
		this(preCount, postCount, rowStart, target, null, weight, uniformWeight, delay, uniformDelay);
	}

	private Connectivity(final int preCount, final int postCount, final int[] rowStart, final int[] target,
		final PackedTargets packed, final double[] weight, final double uniformWeight, final int[] delay,
		final int uniformDelay)
	{
		this.preCount = preCount;
		this.postCount = postCount;
		this.rowStart = rowStart;
		this.target = target;
		this.packed = packed;
		this.weight = weight;
		this.uniformWeight = uniformWeight;
		this.delay = delay;
		this.uniformDelay = uniformDelay;
	}

	/** The targets in synapse order as ints (decoded when packed: a new array, so only for rare paths). */
	int[] targets() {
		return target != null ? target : packed.unpack(rowStart);
	}

	/** The targets of row {@code r} as ints: the shared array from {@code rowStart[r]}, or row r decoded from 0. */
	private int[] rowTargets(final int r) {
		return target != null ? target : packed.row(r, outDegree(r));
	}

	/** The offset of row {@code r}'s first target in {@link #rowTargets}. */
	private int rowOffset(final int r) {
		return target != null ? rowStart[r] : 0;
	}

	/** The weight of synapse {@code j} (in synapse order). */
	double weightAt(final int j) {
		return weight == null ? uniformWeight : weight[j];
	}

	/** Whether every synapse has the same weight, stored once. */
	boolean hasUniformWeight() {
		return weight == null;
	}

	/**
	 * Builds a connectivity from compressed rows, checking every index and
	 * weight; {@code target} must ascend within each row (no duplicates).
	 */
	public static Connectivity of(final int preCount, final int postCount, final int[] rowStart,
		final int[] target, final double[] weight)
	{
		Checks.inRange("neurons", preCount, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", postCount, 1, Integer.MAX_VALUE - 8);
		if (rowStart.length != preCount + 1 || rowStart[0] != 0 || rowStart[preCount] != target.length ||
			weight.length != target.length)
		{
			throw new InvalidParameterException("connectivity", "connectivity is invalid: row starts, targets and " +
				"weights are inconsistent (" + rowStart.length + " row starts for " + preCount + " neurons, " +
				target.length + " targets, " + weight.length + " weights)");
		}
		for (int r = 0; r < preCount; r++) {
			if (rowStart[r + 1] < rowStart[r]) throw new InvalidParameterException("connectivity",
				"connectivity is invalid: row starts must not decrease (row " + r + ")");
			for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
				if (target[j] < 0 || target[j] >= postCount) throw new InvalidParameterException("connectivity",
					"connectivity is invalid: synapse " + r + " → " + target[j] + " has a target outside 0.." +
						(postCount - 1));
				if (j > rowStart[r] && target[j] <= target[j - 1]) throw new InvalidParameterException("connectivity",
					"connectivity is invalid: the targets of presynaptic neuron " + r +
						" must ascend without duplicates");
				checkWeight(weight[j], r, target[j]);
			}
		}
		return new Connectivity(preCount, postCount, rowStart, target, weight, null, 0);
	}

	static void checkWeight(final double w, final int pre, final int post) {
		if (!Double.isFinite(w)) throw new InvalidParameterException("weight", "weight = " + Checks.fmt(w) +
			" of synapse " + pre + " → " + post + " is invalid: must be a finite number");
	}

	/** The same synapses, all with a delay of {@code steps} whole time steps. */
	public Connectivity withDelay(final int steps) {
		Checks.inRange("delay", steps, 0, 1_000_000);
		return new Connectivity(preCount, postCount, rowStart, target, packed, weight, uniformWeight, null, steps);
	}

	/** The same synapses with one delay (in whole time steps) per synapse, in synapse order. */
	public Connectivity withDelays(final int[] steps) {
		if (steps.length != synapseCount()) throw new InvalidParameterException("delay", "delay: " + steps.length +
			" delays given for " + synapseCount() + " synapses");
		for (final int s : steps)
			Checks.inRange("delay", s, 0, 1_000_000);
		return new Connectivity(preCount, postCount, rowStart, targets(), weight, uniformWeight, steps.clone(), 0);
	}

	/** The same synapses with new weights, one per synapse in synapse order (each must be finite). */
	public Connectivity withWeights(final double[] weights) {
		if (weights.length != synapseCount()) throw new InvalidParameterException("weight", "weight: " + weights
			.length + " weights given for " + synapseCount() + " synapses");
		final int[] t = targets();
		for (int r = 0; r < preCount; r++)
			for (int j = rowStart[r]; j < rowStart[r + 1]; j++)
				checkWeight(weights[j], r, t[j]);
		return new Connectivity(preCount, postCount, rowStart, t, weights.clone(), Double.NaN, delay, uniformDelay);
	}

	/** The same synapses with every weight multiplied by {@code factor}. */
	public Connectivity scaled(final double factor) {
		Checks.finite("weight", null, factor);
		if (weight == null) return new Connectivity(preCount, postCount, rowStart, target, packed, null, uniformWeight *
			factor, delay, uniformDelay);
		final double[] w = new double[weight.length];
		for (int j = 0; j < w.length; j++)
			w[j] = weight[j] * factor;
		return new Connectivity(preCount, postCount, rowStart, target, w, Double.NaN, delay, uniformDelay);
	}

	/** The number of presynaptic neurons (rows). */
	public int preCount() {
		return preCount;
	}

	/** The number of postsynaptic neurons. */
	public int postCount() {
		return postCount;
	}

	/** The number of synapses. */
	public int synapseCount() {
		return rowStart[preCount];
	}

	/** The number of synapses leaving presynaptic neuron {@code pre}. */
	public int outDegree(final int pre) {
		return rowStart[pre + 1] - rowStart[pre];
	}

	/** The number of synapses reaching each postsynaptic neuron. */
	public int[] inDegrees() {
		final int[] d = new int[postCount];
		for (int r = 0; r < preCount; r++) {
			final int[] t = rowTargets(r);
			for (int j = rowOffset(r), end = j + outDegree(r); j < end; j++)
				d[t[j]]++;
		}
		return d;
	}

	/** The postsynaptic targets of presynaptic neuron {@code pre} (a copy, ascending). */
	public int[] targetsOf(final int pre) {
		return target != null ? Arrays.copyOfRange(target, rowStart[pre], rowStart[pre + 1]) : packed.row(pre,
			outDegree(pre));
	}

	/** The weights of the synapses of presynaptic neuron {@code pre} (a copy, in target order). */
	public double[] weightsOf(final int pre) {
		if (weight != null) return Arrays.copyOfRange(weight, rowStart[pre], rowStart[pre + 1]);
		final double[] w = new double[outDegree(pre)];
		Arrays.fill(w, uniformWeight);
		return w;
	}

	/** The weight from {@code pre} to {@code post}, or 0 when there is no synapse. */
	public double weight(final int pre, final int post) {
		final int j = find(pre, post);
		return j >= 0 ? weightAt(j) : 0;
	}

	/** The delay in steps of synapse {@code pre → post}, or -1 when there is no synapse. */
	public int delaySteps(final int pre, final int post) {
		final int j = find(pre, post);
		if (j < 0) return -1;
		return delay == null ? uniformDelay : delay[j];
	}

	/** The synapse {@code pre → post} (its index in synapse order), or a negative number when there is none. */
	private int find(final int pre, final int post) {
		final int j = Arrays.binarySearch(rowTargets(pre), rowOffset(pre), rowOffset(pre) + outDegree(pre), post);
		return j >= 0 ? j - rowOffset(pre) + rowStart[pre] : -1;
	}

	/** The largest delay in steps. */
	public int maxDelay() {
		if (delay == null) return uniformDelay;
		int m = 0;
		for (final int d : delay)
			m = Math.max(m, d);
		return m;
	}

	/** Whether every synapse has the same delay. */
	public boolean hasUniformDelay() {
		return delay == null;
	}

	/**
	 * The weights as a dense matrix, row-major with {@code preCount} columns and
	 * {@code postCount} rows: element {@code [post · preCount + pre]} (0 where
	 * there is no synapse), i.e. an image with x = presynaptic, y = postsynaptic.
	 */
	public float[] toMatrix() {
		final long size = (long) preCount * postCount;
		if (size > Integer.MAX_VALUE - 8) throw new InvalidParameterException("neurons",
			"the connectivity image would have " + size + " pixels, more than an image can hold");
		MemoryBudget.require(4.0 * size, "neurons", "the connectivity image (" + preCount + " × " + postCount + ")");
		final float[] m = new float[(int) size];
		for (int r = 0; r < preCount; r++) {
			final int[] t = rowTargets(r);
			for (int j = rowStart[r], o = rowOffset(r) - j; j < rowStart[r + 1]; j++)
				m[t[o + j] * preCount + r] = (float) weightAt(j);
		}
		return m;
	}

	/** The bytes the arrays of a connectivity with {@code synapses} synapses and {@code rows} rows take. */
	public static double bytesNeeded(final double rows, final double synapses) {
		return 4.0 * (rows + 1) + 12.0 * synapses;
	}

	/** The bytes of a connectivity whose synapses share one weight (targets only). */
	public static double bytesNeededUniform(final double rows, final double synapses) {
		return 4.0 * (rows + 1) + 4.0 * synapses;
	}
}

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
 * in whole time steps (one for all, or one per synapse). Arrays are owned,
 * never exposed for writing.
 */
public final class Connectivity {

	final int preCount, postCount;
	final int[] rowStart;
	final int[] target;
	final double[] weight;
	/** Per-synapse delays in steps, or null when every synapse has {@link #uniformDelay}. */
	final int[] delay;
	final int uniformDelay;

	Connectivity(final int preCount, final int postCount, final int[] rowStart, final int[] target,
		final double[] weight, final int[] delay, final int uniformDelay)
	{
		this.preCount = preCount;
		this.postCount = postCount;
		this.rowStart = rowStart;
		this.target = target;
		this.weight = weight;
		this.delay = delay;
		this.uniformDelay = uniformDelay;
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
		return new Connectivity(preCount, postCount, rowStart, target, weight, null, steps);
	}

	/** The same synapses with one delay (in whole time steps) per synapse, in synapse order. */
	public Connectivity withDelays(final int[] steps) {
		if (steps.length != target.length) throw new InvalidParameterException("delay", "delay: " + steps.length +
			" delays given for " + target.length + " synapses");
		for (final int s : steps)
			Checks.inRange("delay", s, 0, 1_000_000);
		return new Connectivity(preCount, postCount, rowStart, target, weight, steps.clone(), 0);
	}

	/** The same synapses with new weights, one per synapse in synapse order (each must be finite). */
	public Connectivity withWeights(final double[] weights) {
		if (weights.length != target.length) throw new InvalidParameterException("weight", "weight: " + weights
			.length + " weights given for " + target.length + " synapses");
		for (int r = 0; r < preCount; r++)
			for (int j = rowStart[r]; j < rowStart[r + 1]; j++)
				checkWeight(weights[j], r, target[j]);
		return new Connectivity(preCount, postCount, rowStart, target, weights.clone(), delay, uniformDelay);
	}

	/** The same synapses with every weight multiplied by {@code factor}. */
	public Connectivity scaled(final double factor) {
		Checks.finite("weight", null, factor);
		final double[] w = new double[weight.length];
		for (int j = 0; j < w.length; j++)
			w[j] = weight[j] * factor;
		return new Connectivity(preCount, postCount, rowStart, target, w, delay, uniformDelay);
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
		return target.length;
	}

	/** The number of synapses leaving presynaptic neuron {@code pre}. */
	public int outDegree(final int pre) {
		return rowStart[pre + 1] - rowStart[pre];
	}

	/** The number of synapses reaching each postsynaptic neuron. */
	public int[] inDegrees() {
		final int[] d = new int[postCount];
		for (final int t : target)
			d[t]++;
		return d;
	}

	/** The postsynaptic targets of presynaptic neuron {@code pre} (a copy, ascending). */
	public int[] targetsOf(final int pre) {
		return Arrays.copyOfRange(target, rowStart[pre], rowStart[pre + 1]);
	}

	/** The weights of the synapses of presynaptic neuron {@code pre} (a copy, in target order). */
	public double[] weightsOf(final int pre) {
		return Arrays.copyOfRange(weight, rowStart[pre], rowStart[pre + 1]);
	}

	/** The weight from {@code pre} to {@code post}, or 0 when there is no synapse. */
	public double weight(final int pre, final int post) {
		final int j = Arrays.binarySearch(target, rowStart[pre], rowStart[pre + 1], post);
		return j >= 0 ? weight[j] : 0;
	}

	/** The delay in steps of synapse {@code pre → post}, or -1 when there is no synapse. */
	public int delaySteps(final int pre, final int post) {
		final int j = Arrays.binarySearch(target, rowStart[pre], rowStart[pre + 1], post);
		if (j < 0) return -1;
		return delay == null ? uniformDelay : delay[j];
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
		for (int r = 0; r < preCount; r++)
			for (int j = rowStart[r]; j < rowStart[r + 1]; j++)
				m[target[j] * preCount + r] = (float) weight[j];
		return m;
	}

	/** The bytes the arrays of a connectivity with {@code synapses} synapses and {@code rows} rows take. */
	public static double bytesNeeded(final double rows, final double synapses) {
		return 4.0 * (rows + 1) + 12.0 * synapses;
	}
}

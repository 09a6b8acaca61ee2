package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.random.RandomStream;

/**
 * Builds {@link Connectivity} from the usual rules. Random rules draw from
 * one {@link RandomStream} per row (fixed probability) or per target (fixed
 * in-degree), so the result depends only on the seed.
 */
public final class ConnectionRules {

	/** Stream indices used by the random rules start here (other uses of the seed stay independent). */
	static final long STREAM_BASE = 3L << 40;

	private ConnectionRules() {}

	/** Neuron {@code i} to neuron {@code i}, weight {@code w}. */
	public static Connectivity oneToOne(final int n, final double w) {
		Checks.inRange("neurons", n, 1, Integer.MAX_VALUE - 8);
		Connectivity.checkWeight(w, 0, 0);
		final int[] rows = new int[n + 1];
		final int[] targets = new int[n];
		final double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			rows[i + 1] = i + 1;
			targets[i] = i;
			weights[i] = w;
		}
		return new Connectivity(n, n, rows, targets, weights, null, 0);
	}

	/** A ring: neuron {@code i} to its neighbour {@code (i + 1) mod n}, weight {@code w}. */
	public static Connectivity ring(final int n, final double w) {
		Checks.inRange("neurons", n, 2, Integer.MAX_VALUE - 8);
		Connectivity.checkWeight(w, 0, 1);
		final int[] rows = new int[n + 1];
		final int[] targets = new int[n];
		final double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			rows[i + 1] = i + 1;
			targets[i] = (i + 1) % n;
			weights[i] = w;
		}
		return new Connectivity(n, n, rows, targets, weights, null, 0);
	}

	/** Every presynaptic neuron to every postsynaptic one (without {@code i → i} unless {@code allowSelf}). */
	public static Connectivity allToAll(final int pre, final int post, final double w, final boolean allowSelf) {
		Checks.inRange("neurons", pre, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", post, 1, Integer.MAX_VALUE - 8);
		Connectivity.checkWeight(w, 0, 0);
		final long total = (long) pre * post - (allowSelf ? 0 : Math.min(pre, post));
		require(pre, total);
		final int[] rows = new int[pre + 1];
		final int[] targets = new int[(int) total];
		final double[] weights = new double[(int) total];
		int s = 0;
		for (int r = 0; r < pre; r++) {
			for (int j = 0; j < post; j++) {
				if (!allowSelf && j == r) continue;
				targets[s] = j;
				weights[s++] = w;
			}
			rows[r + 1] = s;
		}
		return new Connectivity(pre, post, rows, targets, weights, null, 0);
	}

	/**
	 * Each pair independently with probability {@code p} (Bernoulli), drawn
	 * row by row with geometric skips; {@code allowSelf} keeps {@code i → i}.
	 */
	public static Connectivity fixedProbability(final int pre, final int post, final double p, final double w,
		final boolean allowSelf, final long seed)
	{
		Checks.inRange("connectionProbability", "", p, 0, 1);
		Checks.inRange("neurons", pre, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", post, 1, Integer.MAX_VALUE - 8);
		Connectivity.checkWeight(w, 0, 0);
		final double expected = p * pre * post;
		require(pre, expected + 6 * Math.sqrt(expected + 1));
		final int[] rows = new int[pre + 1];
		int[] targets = new int[(int) Math.min(Integer.MAX_VALUE - 8, expected + 6 * Math.sqrt(expected + 1) + 16)];
		int s = 0;
		final double logQ = Math.log1p(-p);
		for (int r = 0; r < pre; r++) {
			if (p > 0) {
				final RandomStream rng = RandomStream.of(seed, STREAM_BASE + r);
				long j = -1;
				while (true) {
					if (p >= 1) j++;
					else j += 1 + (long) Math.floor(Math.log(1 - rng.nextDouble()) / logQ);
					if (j >= post) break;
					if (!allowSelf && j == r) continue;
					if (s == targets.length) targets = java.util.Arrays.copyOf(targets, grow(targets.length));
					targets[s++] = (int) j;
				}
			}
			rows[r + 1] = s;
		}
		final double[] weights = new double[s];
		java.util.Arrays.fill(weights, w);
		return new Connectivity(pre, post, rows, java.util.Arrays.copyOf(targets, s), weights, null, 0);
	}

	/**
	 * Every postsynaptic neuron receives exactly {@code k} synapses from
	 * distinct presynaptic neurons chosen uniformly (not from itself unless
	 * {@code allowSelf}; {@code allowSelf = false} assumes both sides are the
	 * same population).
	 */
	public static Connectivity fixedInDegree(final int pre, final int post, final int k, final double w,
		final boolean allowSelf, final long seed)
	{
		Checks.inRange("neurons", pre, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", post, 1, Integer.MAX_VALUE - 8);
		final int pool = allowSelf ? pre : pre - 1;
		if (k < 0 || k > pool) throw new InvalidParameterException("inDegree", "inDegree = " + k +
			" is invalid: must be between 0 and " + pool + " (the number of possible presynaptic neurons)");
		Connectivity.checkWeight(w, 0, 0);
		final double total = (double) k * post;
		require(pre, total * 2);
		final int[] sources = new int[(int) total];
		final boolean[] taken = new boolean[pre];
		final int[] outDegree = new int[pre];
		for (int j = 0; j < post; j++) {
			final RandomStream rng = RandomStream.of(seed, STREAM_BASE + (1L << 32) + j);
			final int self = allowSelf || j >= pre ? -1 : j;
			final int base = j * k;
			// Floyd's algorithm: k distinct values of 0..pool-1 with k draws
			for (int m = pool - k; m < pool; m++) {
				int c = rng.nextInt(m + 1);
				if (taken[shift(c, self)]) c = m;
				final int src = shift(c, self);
				taken[src] = true;
				sources[base + m - (pool - k)] = src;
			}
			for (int m = 0; m < k; m++) {
				taken[sources[base + m]] = false;
				outDegree[sources[base + m]]++;
			}
		}
		final int[] rows = new int[pre + 1];
		for (int r = 0; r < pre; r++)
			rows[r + 1] = rows[r] + outDegree[r];
		final int[] fill = java.util.Arrays.copyOf(rows, pre);
		final int[] targets = new int[(int) total];
		for (int j = 0; j < post; j++)
			for (int m = 0; m < k; m++)
				targets[fill[sources[j * k + m]]++] = j;
		final double[] weights = new double[(int) total];
		java.util.Arrays.fill(weights, w);
		return new Connectivity(pre, post, rows, targets, weights, null, 0);
	}

	/**
	 * Synapses from a weight matrix, row-major with {@code pre} columns and
	 * {@code post} rows ({@code values[post · pre + pre]}, an image with
	 * x = presynaptic, y = postsynaptic); zero means no synapse, NaN or
	 * infinite values are rejected naming the pixel.
	 */
	public static Connectivity fromMatrix(final double[] values, final int pre, final int post) {
		Checks.inRange("neurons", pre, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", post, 1, Integer.MAX_VALUE - 8);
		if (values.length != (long) pre * post) throw new InvalidParameterException("weightImage",
			"weightImage has " + values.length + " pixels but must be " + pre + " × " + post +
				" (presynaptic × postsynaptic)");
		final int[] rows = new int[pre + 1];
		int count = 0;
		for (int y = 0; y < post; y++)
			for (int x = 0; x < pre; x++) {
				final double v = values[y * pre + x];
				if (!Double.isFinite(v)) throw new InvalidParameterException("weightImage", "weightImage pixel (x = " +
					x + ", y = " + y + ") = " + Checks.fmt(v) + " is invalid: weights must be finite numbers");
				if (v != 0) {
					rows[x + 1]++;
					count++;
				}
			}
		for (int r = 0; r < pre; r++)
			rows[r + 1] += rows[r];
		final int[] fill = java.util.Arrays.copyOf(rows, pre);
		final int[] targets = new int[count];
		final double[] weights = new double[count];
		for (int y = 0; y < post; y++)
			for (int x = 0; x < pre; x++) {
				final double v = values[y * pre + x];
				if (v != 0) {
					targets[fill[x]] = y;
					weights[fill[x]++] = v;
				}
			}
		return new Connectivity(pre, post, rows, targets, weights, null, 0);
	}

	private static int shift(final int c, final int self) {
		return self >= 0 && c >= self ? c + 1 : c;
	}

	private static int grow(final int n) {
		return (int) Math.min(Integer.MAX_VALUE - 8, 2L * n + 16);
	}

	private static void require(final int rows, final double synapses) {
		if (synapses > Integer.MAX_VALUE - 8) throw new InvalidParameterException("neurons", "the network would have " +
			Checks.fmt(Math.rint(synapses)) + " synapses in one projection; at most " + (Integer.MAX_VALUE - 8) +
			" are possible (use fewer neurons or a lower connection probability)");
		MemoryBudget.require(Connectivity.bytesNeeded(rows, synapses), "neurons", "a projection with about " + Checks
			.fmt(Math.rint(synapses)) + " synapses");
	}
}

package org.neuronmodels.core.network;

import java.util.function.LongConsumer;

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
		for (int i = 0; i < n; i++) {
			rows[i + 1] = i + 1;
			targets[i] = i;
		}
		return new Connectivity(n, n, rows, targets, w);
	}

	/** A ring: neuron {@code i} to its neighbour {@code (i + 1) mod n}, weight {@code w}. */
	public static Connectivity ring(final int n, final double w) {
		Checks.inRange("neurons", n, 2, Integer.MAX_VALUE - 8);
		Connectivity.checkWeight(w, 0, 1);
		final int[] rows = new int[n + 1];
		final int[] targets = new int[n];
		for (int i = 0; i < n; i++) {
			rows[i + 1] = i + 1;
			targets[i] = (i + 1) % n;
		}
		return new Connectivity(n, n, rows, targets, w);
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
		int s = 0;
		for (int r = 0; r < pre; r++) {
			for (int j = 0; j < post; j++) {
				if (!allowSelf && j == r) continue;
				targets[s++] = j;
			}
			rows[r + 1] = s;
		}
		return new Connectivity(pre, post, rows, targets, w);
	}

	/**
	 * Each pair independently with probability {@code p} (Bernoulli), drawn
	 * row by row with geometric skips; {@code allowSelf} keeps {@code i → i}.
	 */
	public static Connectivity fixedProbability(final int pre, final int post, final double p, final double w,
		final boolean allowSelf, final long seed)
	{
		final java.util.function.LongConsumer progress = BuildProgress.current();
		final boolean pack = PackedTargets.packs(p * pre * post, p);
		return ConnectivityCache.get(ConnectivityCache.key(pack ? "p+" : "p", seed, pre, post, p, w, allowSelf ? 1 : 0),
			() -> fixedProbability(pre, post, p, w, allowSelf, seed, progress));
	}

	/** {@link #fixedProbability(int, int, double, double, boolean, long)}, reporting each block of synapses drawn. */
	static Connectivity fixedProbability(final int pre, final int post, final double p, final double w,
		final boolean allowSelf, final long seed, final LongConsumer progress)
	{
		Checks.inRange("connectionProbability", "", p, 0, 1);
		Checks.inRange("neurons", pre, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", post, 1, Integer.MAX_VALUE - 8);
		Connectivity.checkWeight(w, 0, 0);
		final double expected = p * pre * post, bound = expected + 6 * Math.sqrt(expected + 1) + 16;
		require(pre, bound);
		final int[] rows = new int[pre + 1];
		final GeometricSkip skips = p > 0 && p < 1 ? new GeometricSkip(p) : null;
		final ParallelBuild.RowDrawer drawer = (r, out) -> {
			if (!(p > 0)) return;
			final RandomStream rng = RandomStream.of(seed, STREAM_BASE + r);
			int[] d = out.data;
			int n = out.count;
			long j = -1;
			while (true) {
				if (p >= 1) j++;
				else j += 1 + skips.skip(1 - rng.nextDouble());
				if (j >= post) break;
				if (!allowSelf && j == r) continue;
				if (n == d.length) {
					out.count = n;
					d = out.grow();
				}
				d[n++] = (int) j;
			}
			out.count = n;
		};
		if (PackedTargets.packs(expected, p)) {
			final double chars = PackedTargets.boundChars(bound, p);
			if (chars <= Integer.MAX_VALUE - 8) return new Connectivity(pre, post, rows, ParallelBuild.packedRows(pre, rows,
				(long) chars, p * post, drawer, progress), w);
		}
		final int[] targets = ParallelBuild.rows(pre, rows, (long) bound, p * post, drawer, progress);
		return new Connectivity(pre, post, rows, targets, w);
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
		final java.util.function.LongConsumer progress = BuildProgress.current();
		return ConnectivityCache.get(ConnectivityCache.key("k", seed, pre, post, k, w, allowSelf ? 1 : 0),
			() -> fixedInDegree(pre, post, k, w, allowSelf, seed, progress));
	}

	/**
	 * {@link #fixedInDegree(int, int, int, double, boolean, long)}, reporting
	 * progress (in synapses, twice: once counting, once placing); drawn by
	 * {@link FixedInDegree}.
	 */
	static Connectivity fixedInDegree(final int pre, final int post, final int k, final double w,
		final boolean allowSelf, final long seed, final LongConsumer progress)
	{
		Checks.inRange("neurons", pre, 1, Integer.MAX_VALUE - 8);
		Checks.inRange("neurons", post, 1, Integer.MAX_VALUE - 8);
		final int pool = allowSelf ? pre : pre - 1;
		if (k < 0 || k > pool) throw new InvalidParameterException("inDegree", "inDegree = " + k +
			" is invalid: must be between 0 and " + pool + " (the number of possible presynaptic neurons)");
		Connectivity.checkWeight(w, 0, 0);
		final double total = (double) k * post;
		require(pre, total);
		final int threads = (int) Math.max(1, Math.min(ParallelBuild.threads(), Math.min(post, 1 + total / 65536)));
		final int[] rows = new int[pre + 1];
		final int[] targets = new FixedInDegree(pre, post, k, allowSelf, seed, threads, progress).draw(rows);
		return new Connectivity(pre, post, rows, targets, w);
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

	private static void require(final int rows, final double synapses) {
		if (synapses > Integer.MAX_VALUE - 8) throw new InvalidParameterException("neurons", "the network would have " +
			Checks.fmt(Math.rint(synapses)) + " synapses in one projection; at most " + (Integer.MAX_VALUE - 8) +
			" are possible (use fewer neurons or a lower connection probability)");
		MemoryBudget.require(Connectivity.bytesNeededUniform(rows, synapses), "neurons", "a projection with about " + Checks
			.fmt(Math.rint(synapses)) + " synapses");
	}
}

package org.neuronmodels.core.random;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * A small, fully specified pseudo-random stream, so that every run is
 * bit-identical on every JVM and whatever the thread count.
 * <p>
 * <b>Generator.</b> xoshiro256** 1.0 (Blackman &amp; Vigna, 2018,
 * <a href="https://prng.di.unimi.it/xoshiro256starstar.c">reference C code</a>),
 * used for every output (integers and doubles).
 * </p>
 * <p>
 * <b>Seeding.</b> {@code of(seed, stream)} sets a SplitMix64 state to
 * {@code x = mix64(stream ^ mix64(seed))}, where {@code mix64} is the SplitMix64
 * output function (Stafford variant 13, a bijection), then fills the four
 * xoshiro words with the next four SplitMix64 outputs ({@code x += 0x9E3779B97F4A7C15;
 * output mix64(x)}). For a fixed seed, distinct stream indices give distinct,
 * unrelated states: use one stream per neuron or per trial rather than per
 * thread, so results do not depend on how the work is split.
 * {@code of(seed)} is {@code of(seed, 0)}.
 * </p>
 * <p>
 * <b>Distributions.</b> {@link #nextDouble()}: the top 53 bits times 2<sup>-53</sup>.
 * {@link #nextGaussian()}: Marsaglia's polar method; each accepted pair gives two
 * values, the second cached for the next call. {@link #nextInt(int)}: Lemire's
 * multiply-and-reject method on the top 32 bits, exactly uniform.
 * {@link #nextExponential()}: {@code -ln(1 - u)}. {@link #nextPoisson(double)}:
 * Knuth's multiplication method for means below 10, Hörmann's exact transformed
 * rejection with squeeze (PTRS, 1993) from 10 on.
 * </p>
 * <p>
 * Not thread-safe: give each thread (better, each neuron or trial) its own stream.
 * No method allocates.
 * </p>
 */
public final class RandomStream {

	/** The SplitMix64 increment (golden-ratio gamma). */
	static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	/** Largest Poisson mean accepted, so that results fit in an {@code int}. */
	public static final double MAX_POISSON_MEAN = 1e9;

	private static final double DOUBLE_UNIT = 0x1.0p-53;

	private long s0, s1, s2, s3;
	private double cachedGaussian;
	private boolean hasCachedGaussian;

	private RandomStream(final long s0, final long s1, final long s2, final long s3) {
		this.s0 = s0;
		this.s1 = s1;
		this.s2 = s2;
		this.s3 = s3;
	}

	/** The stream 0 of {@code seed}. */
	public static RandomStream of(final long seed) {
		return of(seed, 0);
	}

	/** Stream number {@code stream} of {@code seed}; distinct streams are independent. */
	public static RandomStream of(final long seed, final long stream) {
		long x = mix64(stream ^ mix64(seed));
		final long a = mix64(x += GOLDEN_GAMMA);
		final long b = mix64(x += GOLDEN_GAMMA);
		final long c = mix64(x += GOLDEN_GAMMA);
		final long d = mix64(x + GOLDEN_GAMMA);
		return new RandomStream(a, b, c, d);
	}

	/** A stream starting from a raw xoshiro256** state (not all zero); for tests against the reference. */
	static RandomStream fromState(final long s0, final long s1, final long s2, final long s3) {
		if ((s0 | s1 | s2 | s3) == 0) throw new InvalidParameterException("state", "state must not be all zero");
		return new RandomStream(s0, s1, s2, s3);
	}

	/** The SplitMix64 output function (Stafford's Mix13): a bijection on 64-bit values. */
	static long mix64(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** The next 64 random bits (one xoshiro256** step). */
	public long nextLong() {
		final long result = Long.rotateLeft(s1 * 5, 7) * 9;
		final long t = s1 << 17;
		s2 ^= s0;
		s3 ^= s1;
		s1 ^= s2;
		s0 ^= s3;
		s2 ^= t;
		s3 = Long.rotateLeft(s3, 45);
		return result;
	}

	/** A uniform double in [0, 1) with 53 random bits. */
	public double nextDouble() {
		return (nextLong() >>> 11) * DOUBLE_UNIT;
	}

	/** A uniform integer in [0, bound), exactly unbiased; {@code bound} must be positive. */
	public int nextInt(final int bound) {
		if (bound <= 0) {
			throw new InvalidParameterException("bound", "bound = " + bound + " is invalid: must be > 0");
		}
		long m = (nextLong() >>> 32) * bound;
		long low = m & 0xFFFFFFFFL;
		if (low < bound) {
			final long threshold = (0x1_0000_0000L - bound) % bound; // 2^32 mod bound
			while (low < threshold) {
				m = (nextLong() >>> 32) * bound;
				low = m & 0xFFFFFFFFL;
			}
		}
		return (int) (m >>> 32);
	}

	/** A standard normal value (mean 0, variance 1), by Marsaglia's polar method. */
	public double nextGaussian() {
		if (hasCachedGaussian) {
			hasCachedGaussian = false;
			return cachedGaussian;
		}
		double u, v, s;
		do {
			u = 2 * nextDouble() - 1;
			v = 2 * nextDouble() - 1;
			s = u * u + v * v;
		}
		while (s >= 1 || s == 0);
		final double f = Math.sqrt(-2 * Math.log(s) / s);
		cachedGaussian = v * f;
		hasCachedGaussian = true;
		return u * f;
	}

	/** Fills {@code out} with standard normal values (the same values as repeated {@link #nextGaussian()}). */
	public void fillGaussian(final double[] out) {
		for (int i = 0; i < out.length; i++)
			out[i] = nextGaussian();
	}

	/** An exponential value with rate 1 (mean 1): {@code -ln(1 - u)}. */
	public double nextExponential() {
		return -Math.log1p(-nextDouble());
	}

	/** A Poisson count with the given mean (0 &le; mean &le; {@link #MAX_POISSON_MEAN}). */
	public int nextPoisson(final double mean) {
		Checks.inRange("mean", null, mean, 0, MAX_POISSON_MEAN);
		return mean < 10 ? poissonKnuth(mean) : poissonPtrs(mean);
	}

	private int poissonKnuth(final double mean) {
		return nextPoissonSmall(Math.exp(-mean));
	}

	/**
	 * {@link #nextPoisson(double)} for a mean below 10, given as
	 * {@code limit = Math.exp(-mean)} (for callers that draw many counts of one
	 * mean): the same values from the same draws.
	 */
	public int nextPoissonSmall(final double limit) {
		int k = 0;
		double p = nextDouble();
		while (p > limit) {
			k++;
			p *= nextDouble();
		}
		return k;
	}

	/** Hörmann (1993), "The transformed rejection method for generating Poisson random variables", PTRS. */
	private int poissonPtrs(final double mu) {
		final double logMu = Math.log(mu);
		final double b = 0.931 + 2.53 * Math.sqrt(mu);
		final double a = -0.059 + 0.02483 * b;
		final double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
		final double vr = 0.9277 - 3.6224 / (b - 2);
		while (true) {
			final double u = nextDouble() - 0.5;
			final double v = nextDouble();
			final double us = 0.5 - Math.abs(u);
			final double k = Math.floor((2 * a / us + b) * u + mu + 0.43);
			if (us >= 0.07 && v <= vr) return (int) k;
			if (k < 0 || (us < 0.013 && v > us)) continue;
			if (Math.log(v * invAlpha / (a / (us * us) + b)) <= -mu + k * logMu - LogFactorial.of(k)) {
				return (int) k;
			}
		}
	}
}

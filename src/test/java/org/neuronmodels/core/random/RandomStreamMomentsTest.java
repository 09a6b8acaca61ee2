package org.neuronmodels.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moments and probabilities of {@link RandomStream}'s distributions against
 * theory. Each tolerance is 5 standard errors of the estimator for the sample
 * size used (s.e. of a mean: sqrt(var/n); of a variance: sqrt((mu4 - sigma^4)/n),
 * mu4 the fourth central moment; of a frequency: sqrt(p(1-p)/n)).
 */
class RandomStreamMomentsTest {

	private static final int N = 1_000_000;
	private static final double Z = 5;

	/** Accumulates mean and central moments of a sample. */
	private static final class Moments {

		final double[] x = new double[N];

		double mean() {
			double s = 0;
			for (final double v : x)
				s += v;
			return s / x.length;
		}

		double variance() {
			final double m = mean();
			double s = 0;
			for (final double v : x)
				s += (v - m) * (v - m);
			return s / (x.length - 1);
		}

		double fraction(final java.util.function.DoublePredicate p) {
			long c = 0;
			for (final double v : x)
				if (p.test(v)) c++;
			return (double) c / x.length;
		}
	}

	private static void assertFraction(final double expected, final double actual, final String what) {
		assertEquals(expected, actual, Z * Math.sqrt(expected * (1 - expected) / N), what);
	}

	@Test
	void uniform() {
		final RandomStream r = RandomStream.of(101);
		final Moments m = new Moments();
		for (int i = 0; i < N; i++)
			m.x[i] = r.nextDouble();
		// U(0,1): mean 1/2, variance 1/12, fourth central moment 1/80.
		assertEquals(0.5, m.mean(), Z * Math.sqrt(1.0 / 12 / N));
		assertEquals(1.0 / 12, m.variance(), Z * Math.sqrt((1.0 / 80 - 1.0 / 144) / N));
		assertFraction(0.1, m.fraction(v -> v < 0.1), "P(U < 0.1)");
		assertTrue(m.fraction(v -> v < 0 || v >= 1) == 0);
	}

	@Test
	void gaussian() {
		final RandomStream r = RandomStream.of(102);
		final Moments m = new Moments();
		r.fillGaussian(m.x);
		// N(0,1): mean 0, variance 1, mu4 = 3; E[X^4] = 3 with Var(X^4) = E[X^8] - 9 = 105 - 9.
		assertEquals(0, m.mean(), Z / Math.sqrt(N));
		assertEquals(1, m.variance(), Z * Math.sqrt(2.0 / N));
		double s4 = 0;
		for (final double v : m.x)
			s4 += v * v * v * v;
		assertEquals(3, s4 / N, Z * Math.sqrt(96.0 / N));
		// Phi(1) and Phi(-2), from standard normal tables.
		assertFraction(0.8413447460685429, m.fraction(v -> v < 1), "P(X < 1)");
		assertFraction(0.022750131948179195, m.fraction(v -> v < -2), "P(X < -2)");
	}

	@Test
	void exponential() {
		final RandomStream r = RandomStream.of(103);
		final Moments m = new Moments();
		for (int i = 0; i < N; i++)
			m.x[i] = r.nextExponential();
		// Exp(1): mean 1, variance 1, mu4 = 9; P(X > 1) = e^-1.
		assertEquals(1, m.mean(), Z / Math.sqrt(N));
		assertEquals(1, m.variance(), Z * Math.sqrt(8.0 / N));
		assertFraction(Math.exp(-1), m.fraction(v -> v > 1), "P(X > 1)");
		assertTrue(m.fraction(v -> !(v >= 0) || Double.isInfinite(v)) == 0);
	}

	@Test
	void nextIntSmallBoundIsUniform() {
		final RandomStream r = RandomStream.of(104);
		final long[] counts = new long[6];
		for (int i = 0; i < N; i++)
			counts[r.nextInt(6)]++;
		for (int k = 0; k < 6; k++)
			assertFraction(1.0 / 6, (double) counts[k] / N, "P(" + k + ")");
	}

	@Test
	void nextIntLargeBoundIsUniform() {
		// bound = 3 * 2^29: a biased "r mod bound" on 32 bits would put 1/2 (not 1/3) of the mass below 2^29.
		final int bound = 3 << 29;
		final RandomStream r = RandomStream.of(105);
		long low = 0;
		for (int i = 0; i < N; i++) {
			final int v = r.nextInt(bound);
			assertTrue(v >= 0 && v < bound);
			if (v < (1 << 29)) low++;
		}
		assertFraction(1.0 / 3, (double) low / N, "P(v < bound/3)");
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.05, 3, 9.99, 10, 50, 1000 })
	void poisson(final double lambda) {
		final RandomStream r = RandomStream.of(106);
		final Moments m = new Moments();
		for (int i = 0; i < N; i++)
			m.x[i] = r.nextPoisson(lambda);
		// Poisson(lambda): mean = variance = lambda, mu4 = lambda (1 + 3 lambda).
		assertEquals(lambda, m.mean(), Z * Math.sqrt(lambda / N));
		assertEquals(lambda, m.variance(), Z * Math.sqrt((lambda * (1 + 3 * lambda) - lambda * lambda) / N));
		// P(X = k) = exp(-lambda + k ln lambda - ln k!) at k = floor(lambda), ln k! summed directly.
		final int k = (int) Math.floor(lambda);
		double logKFactorial = 0;
		for (int j = 2; j <= k; j++)
			logKFactorial += Math.log(j);
		final double pk = Math.exp(-lambda + k * Math.log(lambda) - logKFactorial);
		assertFraction(pk, m.fraction(v -> v == k), "P(X = " + k + ")");
		assertTrue(m.fraction(v -> v < 0 || v != Math.rint(v)) == 0);
	}

	@Test
	void logFactorialMatchesDirectSums() {
		double sum = 0;
		for (int k = 1; k <= 200; k++) {
			sum += Math.log(k);
			assertEquals(sum, LogFactorial.of(k), 1e-12 * Math.max(1, sum), "ln " + k + "!");
		}
		assertEquals(0, LogFactorial.of(0), 0);
	}
}

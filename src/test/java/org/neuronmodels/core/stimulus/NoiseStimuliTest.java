package org.neuronmodels.core.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuronmodels.core.TimeGrid;

/**
 * White and Ornstein-Uhlenbeck noise against theory. Tolerances are 5 standard
 * errors: s.e. of a mean sqrt(var/n), of a Gaussian variance var·sqrt(2/n), of a
 * sample correlation (1 - rho^2)/sqrt(n) for independent pairs; for one long AR(1)
 * trace with coefficient a the large-n (Bartlett) formulas given in each test.
 */
class NoiseStimuliTest {

	private static final double Z = 5;

	@Test
	void noiseIsReproducibleFromItsSeed() {
		final TimeGrid grid = TimeGrid.of(100, 0.1);
		for (final Stimulus s : new Stimulus[] { Stimuli.whiteNoise(0.1, 0.5, 42), Stimuli.ornsteinUhlenbeck(0.1, 0.5,
			5, 42) })
		{
			assertArrayEquals(s.sample(grid), s.sample(grid), 0);
			assertFalse(Arrays.equals(s.sample(grid), Stimuli.whiteNoise(0.1, 0.5, 43).sample(grid)));
		}
		assertFalse(Arrays.equals(Stimuli.whiteNoise(0, 1, 42).sample(grid), Stimuli.ornsteinUhlenbeck(0, 1, 0.001, 42)
			.sample(grid)));
	}

	@Test
	void zeroSigmaIsTheMean() {
		final TimeGrid grid = TimeGrid.of(10, 0.1);
		for (final double v : Stimuli.whiteNoise(0.7, 0, 1).sample(grid))
			assertEquals(0.7, v, 0);
		for (final double v : Stimuli.ornsteinUhlenbeck(-0.2, 0, 3, 1).sample(grid))
			assertEquals(-0.2, v, 0);
	}

	@Test
	void whiteNoiseMeanAndPerSampleVariance() {
		// I_k = mean + sigma xi_k / sqrt(dt): mean `mean`, variance sigma^2 / dt, independent samples.
		final double mean = 0.3, sigma = 0.5, dt = 0.1;
		final double[] x = Stimuli.whiteNoise(mean, sigma, 9).sample(TimeGrid.of(100_000, dt));
		final int n = x.length;
		double s = 0, ss = 0;
		for (final double v : x)
			s += v;
		final double m = s / n;
		for (final double v : x)
			ss += (v - m) * (v - m);
		final double var = sigma * sigma / dt;
		assertEquals(mean, m, Z * Math.sqrt(var / n));
		assertEquals(var, ss / (n - 1), Z * var * Math.sqrt(2.0 / n));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.1, 0.01 })
	void whiteNoiseIntegralHasTheSameVarianceForEveryDt(final double dt) {
		// The integral over T ms of (I - mean) is sigma sqrt(dt) times a sum of T/dt unit normals: variance sigma^2 T.
		final double mean = -0.4, sigma = 0.8, window = 1;
		final int windows = 20_000;
		final double[] x = Stimuli.whiteNoise(mean, sigma, 5).sample(TimeGrid.of(windows * window, dt));
		final int perWindow = (int) Math.round(window / dt);
		double sumSquares = 0;
		for (int w = 0; w < windows; w++) {
			double integral = 0;
			for (int k = w * perWindow; k < (w + 1) * perWindow; k++)
				integral += (x[k] - mean) * dt;
			sumSquares += integral * integral;
		}
		final double expected = sigma * sigma * window;
		assertEquals(expected, sumSquares / windows, Z * expected * Math.sqrt(2.0 / windows));
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.1, 2.5 })
	void ouIsStationaryFromTheStartAndDecorrelatesAsExpLagOverTau(final double dt) {
		// Across independent seeds each x_k is N(mean, sigma^2), and corr(x_0, x at time s) = exp(-s / tau),
		// exactly for every dt (exact update); checked at t = 0, 5, 10 ms and the last step.
		final double mean = 1, sigma = 0.4, tau = 5;
		final int runs = 20_000;
		final TimeGrid grid = TimeGrid.of(20, dt);
		final int last = grid.steps() - 1, at5 = (int) Math.round(5 / dt), at10 = (int) Math.round(10 / dt);
		final double[] x0 = new double[runs], x5 = new double[runs], x10 = new double[runs], xLast = new double[runs];
		for (int r = 0; r < runs; r++) {
			final double[] x = Stimuli.ornsteinUhlenbeck(mean, sigma, tau, r).sample(grid);
			x0[r] = x[0];
			x5[r] = x[at5];
			x10[r] = x[at10];
			xLast[r] = x[last];
		}
		for (final double[] sample : new double[][] { x0, x5, xLast }) {
			assertEquals(mean, mean(sample), Z * sigma / Math.sqrt(runs));
			assertEquals(sigma * sigma, variance(sample), Z * sigma * sigma * Math.sqrt(2.0 / runs));
		}
		for (final double[] pair : new double[][] { { 5, correlation(x0, x5) }, { 10, correlation(x0, x10) } }) {
			final double rho = Math.exp(-pair[0] / tau);
			assertEquals(rho, pair[1], Z * (1 - rho * rho) / Math.sqrt(runs), "lag " + pair[0] + " ms");
		}
	}

	@Test
	void ouLongTraceTimeAveragesAndAutocorrelation() {
		// One trace is AR(1) with a = exp(-dt/tau). For large n: Var(sample mean) = sigma^2 (1+a)/(1-a) / n,
		// Var(sample variance) = 2 sigma^4 (1+a^2)/(1-a^2) / n, and (Bartlett)
		// Var(r_L) = [(1+a^2)(1-a^(2L))/(1-a^2) - 2L a^(2L)] / n, with E r_L = a^L = exp(-L dt/tau).
		final double mean = -0.2, sigma = 0.3, tau = 2, dt = 0.1;
		final double[] x = Stimuli.ornsteinUhlenbeck(mean, sigma, tau, 77).sample(TimeGrid.of(100_000, dt));
		final int n = x.length, lag = 20;
		final double a = Math.exp(-dt / tau), a2 = a * a, a2L = Math.pow(a, 2 * lag);
		final double m = mean(x), var = variance(x);
		assertEquals(mean, m, Z * sigma * Math.sqrt((1 + a) / (1 - a) / n));
		assertEquals(sigma * sigma, var, Z * sigma * sigma * Math.sqrt(2 * (1 + a2) / (1 - a2) / n));
		double c = 0;
		for (int k = 0; k + lag < n; k++)
			c += (x[k] - m) * (x[k + lag] - m);
		final double r = c / (n - lag) / var;
		final double seR = Math.sqrt(((1 + a2) * (1 - a2L) / (1 - a2) - 2 * lag * a2L) / n);
		assertEquals(Math.exp(-lag * dt / tau), r, Z * seR);
	}

	private static double mean(final double[] x) {
		double s = 0;
		for (final double v : x)
			s += v;
		return s / x.length;
	}

	private static double variance(final double[] x) {
		final double m = mean(x);
		double s = 0;
		for (final double v : x)
			s += (v - m) * (v - m);
		return s / (x.length - 1);
	}

	private static double correlation(final double[] x, final double[] y) {
		final double mx = mean(x), my = mean(y);
		double sxy = 0, sxx = 0, syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}
}

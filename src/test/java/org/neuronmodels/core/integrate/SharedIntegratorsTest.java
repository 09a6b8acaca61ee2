package org.neuronmodels.core.integrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Each shared integrator on ODEs with known solutions: the order of the error
 * after a fixed time, {@code log2(e(h)/e(h/2))}, is the scheme's (Euler 1,
 * Heun 2, RK4 4) on exponential relaxation and on a harmonic oscillator, and
 * exponential Euler and the exact update reproduce linear relaxation to
 * rounding at any step. Populations of 300 (more than one block of 128)
 * with a different constant per neuron, so every neuron is checked against
 * its own closed form.
 */
class SharedIntegratorsTest {

	private static final int N = 300;

	/** {@code τ_i dy/dt = y∞_i − y}, y(0) = 0: y(t) = y∞·(1 − e^(−t/τ)). τ_i = 2 + i/100 ms, y∞_i = 1 + i/50. */
	private static final class Relaxation implements ConditionallyLinearSystem, LinearSystem {

		static double tau(final int i) {
			return 2 + i / 100.0;
		}

		static double target(final int i) {
			return 1 + i / 50.0;
		}


		@Override
		public void increments(final int first, final int count, final double[][] y, final double[] input,
			final double dt, final double[][] inc)
		{
			for (int j = 0; j < count; j++)
				inc[0][j] = dt * (target(first + j) - y[0][j]) / tau(first + j);
		}

		@Override
		public void linearised(final int first, final int count, final double[][] y, final double[] input,
			final double dt, final double[][] inc, final double[][] rate)
		{
			increments(first, count, y, input, dt, inc);
			for (int j = 0; j < count; j++)
				rate[0][j] = dt / tau(first + j);
		}

		@Override
		public double timeConstant(final int k, final int i) {
			return tau(i);
		}

		@Override
		public void targets(final int first, final int count, final double[][] y, final double[] input,
			final double[][] target)
		{
			for (int j = 0; j < count; j++)
				target[0][j] = target(first + j);
		}
	}

	/** {@code x' = v, v' = −ω_i²·x}, x(0) = 1, v(0) = 0: x(t) = cos(ω t). ω_i = 1 + i/300 rad/ms. */
	private static final class Oscillator implements OdeSystem {

		static double omega(final int i) {
			return 1 + i / 300.0;
		}


		@Override
		public void increments(final int first, final int count, final double[][] y, final double[] input,
			final double dt, final double[][] inc)
		{
			for (int j = 0; j < count; j++) {
				final double w = omega(first + j);
				inc[0][j] = dt * y[1][j];
				inc[1][j] = -dt * w * w * y[0][j];
			}
		}
	}

	/** Advances {@code state} of {@code system} with {@code scheme} for {@code t} ms at step {@code dt}. */
	private static void run(final String scheme, final OdeSystem system, final double[][] state, final double dt,
		final double t)
	{
		final Stepper s = IntegratorRegistry.get(scheme).stepper(system, state, dt);
		final double[] input = new double[N];
		final int steps = (int) Math.round(t / dt);
		for (int k = 0; k < steps; k++)
			s.step(input, 0, N);
	}

	/** The largest error over the population after {@code t} ms at step {@code dt}. */
	private static double relaxationError(final String scheme, final double dt, final double t) {
		final double[] y = new double[N];
		run(scheme, new Relaxation(), new double[][] { y }, dt, t);
		double e = 0;
		for (int i = 0; i < N; i++)
			e = Math.max(e, Math.abs(y[i] - Relaxation.target(i) * (1 - Math.exp(-t / Relaxation.tau(i)))));
		return e;
	}

	private static double oscillatorError(final String scheme, final double dt, final double t) {
		final double[] x = new double[N], v = new double[N];
		java.util.Arrays.fill(x, 1);
		run(scheme, new Oscillator(), new double[][] { x, v }, dt, t);
		double e = 0;
		for (int i = 0; i < N; i++)
			e = Math.max(e, Math.abs(x[i] - Math.cos(Oscillator.omega(i) * t)));
		return e;
	}

	@ParameterizedTest(name = "{0}: order {1}")
	@CsvSource({ "Euler, 1, 0.1", "Heun, 2, 0.1", "RK4, 4, 0.4" })
	void relaxationConvergesAtTheSchemeOrder(final String scheme, final int order, final double h) {
		final double e1 = relaxationError(scheme, h, 8), e2 = relaxationError(scheme, h / 2, 8), e3 =
			relaxationError(scheme, h / 4, 8);
		assertEquals(order, Math.log(e1 / e2) / Math.log(2), 0.15, scheme + " errors " + e1 + ", " + e2);
		assertEquals(order, Math.log(e2 / e3) / Math.log(2), 0.1, scheme + " errors " + e2 + ", " + e3);
		assertTrue(e3 > 1e-11, "error above round-off: " + e3);
	}

	@ParameterizedTest(name = "{0}: order {1}")
	@CsvSource({ "Euler, 1, 0.01", "Heun, 2, 0.05", "RK4, 4, 0.1" })
	void oscillatorConvergesAtTheSchemeOrder(final String scheme, final int order, final double h) {
		final double e1 = oscillatorError(scheme, h, 10), e2 = oscillatorError(scheme, h / 2, 10), e3 =
			oscillatorError(scheme, h / 4, 10);
		assertEquals(order, Math.log(e1 / e2) / Math.log(2), 0.15, scheme + " errors " + e1 + ", " + e2);
		assertEquals(order, Math.log(e2 / e3) / Math.log(2), 0.1, scheme + " errors " + e2 + ", " + e3);
		assertTrue(e3 > 1e-11, "error above round-off: " + e3);
	}

	@ParameterizedTest(name = "{0} at dt = {1} ms")
	@CsvSource({ "Exponential Euler, 0.1", "Exponential Euler, 1.7", "Exact, 0.1", "Exact, 1.7" })
	void exponentialSchemesAreExactOnLinearRelaxation(final String scheme, final double dt) {
		// 10 steps: the closed form at t = 10·dt, to rounding (a few ulp per step of values up to 7)
		assertEquals(0, relaxationError(scheme, dt, 10 * dt), 1e-13);
	}

	@Test
	void aStepTouchesOnlyItsRange() {
		final double[] y = new double[N];
		final Stepper s = IntegratorRegistry.get("RK4").stepper(new Relaxation(), new double[][] { y }, 0.1);
		s.step(new double[N], 100, 250);
		for (int i = 0; i < N; i++)
			assertEquals(i >= 100 && i < 250, y[i] != 0, "neuron " + i);
	}

	@Test
	void registryFindsSchemesByNameAndRefusesWhatTheyCannotDo() {
		assertSame(IntegratorRegistry.get("Heun"), IntegratorRegistry.get("rk2"));
		assertSame(IntegratorRegistry.get("RK4"), IntegratorRegistry.get("rk4"));
		assertEquals(4, IntegratorRegistry.get("RK4").order());
		assertTrue(IntegratorRegistry.names().containsAll(java.util.Arrays.asList("Euler", "Heun", "RK4",
			"Exponential Euler", "Exact")));
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> IntegratorRegistry
			.get("Leapfrog"));
		assertTrue(e.getMessage().contains("integrator") && e.getMessage().contains("RK4"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> IntegratorRegistry.get("Exponential Euler").stepper(
			new Oscillator(), new double[2][1], 0.1));
		assertThrows(IllegalArgumentException.class, () -> IntegratorRegistry.get("Exact").stepper(new Oscillator(),
			new double[2][1], 0.1));
		assertThrows(IllegalArgumentException.class, () -> IntegratorRegistry.register(new Euler()));
	}
}

package org.neuronmodels.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link FastExp} against {@link Math#exp} and {@link Math#expm1} (both within
 * 1 ulp of the true value, so an independent reference at this accuracy).
 */
class FastExpTest {

	/**
	 * Relative error below 1e-12 over |y| ≤ 64 (the range the network models
	 * use: rates and relaxation factors of voltages within their bounds), on
	 * a fine grid and at random points.
	 */
	@Test
	void expAndExpm1AreAccurateWithinTheUsedRange() {
		final java.util.Random r = new java.util.Random(7);
		for (int i = 0; i <= 200_000; i++) {
			final double y = i < 100_000 ? -64 + 128.0 * i / 100_000 : (2 * r.nextDouble() - 1) * 64;
			assertEquals(1, FastExp.exp(y) / Math.exp(y), 1e-12, "exp(" + y + ")");
			final double m = Math.expm1(y);
			if (m != 0) assertEquals(1, FastExp.expm1(y) / m, 1e-12, "expm1(" + y + ")");
		}
	}

	/** Near 0, e^y − 1 ≈ y keeps its relative accuracy (where e^y − 1 computed from e^y would not). */
	@Test
	void expm1KeepsItsAccuracyNearZero() {
		for (final double y : new double[] { 1e-300, -1e-300, 1e-15, -1e-12, 3e-9, -7e-6, 1e-3 })
			assertEquals(1, FastExp.expm1(y) / Math.expm1(y), 1e-14, "expm1(" + y + ")");
		assertEquals(0.0, FastExp.expm1(0.0));
		assertEquals(1.0, FastExp.exp(0.0));
	}

	/** Arguments are clamped to ±700: results stay finite, positive and ordered; NaN stays NaN. */
	@Test
	void extremeArgumentsStayFiniteAndNaNPropagates() {
		assertTrue(FastExp.exp(-1e9) > 0 && FastExp.exp(-1e9) < 1e-300);
		assertTrue(Double.isFinite(FastExp.exp(1e9)) && FastExp.exp(1e9) > 1e300);
		assertEquals(-1, FastExp.expm1(-1e9), 1e-15);
		assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
		assertTrue(Double.isNaN(FastExp.expm1(Double.NaN)));
		assertTrue(FastExp.exp(-710) <= FastExp.exp(-700) && FastExp.exp(-700) < FastExp.exp(-699));
	}
}

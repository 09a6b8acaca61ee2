package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.random.RandomStream;

/**
 * The tabulated Bernoulli skips equal {@code floor(log(v) / log(1 − p))}
 * (the expression the connection rules always used) bit for bit: on random
 * draws, at every threshold and one ulp above it.
 */
class GeometricSkipTest {

	@Test
	void skipsEqualTheExactExpressionEverywhere() {
		for (final double p : new double[] { 0.9, 0.5, 0.1, 0.02, 0.0025, 1e-3 }) {
			final GeometricSkip g = new GeometricSkip(p);
			final double logQ = Math.log1p(-p);
			assertTrue(g.y != null, "p = " + p + " is tabulated");
			final RandomStream r = RandomStream.of(11, (long) (p * 1e6));
			for (int i = 0; i < 200_000; i++) {
				final double v = 1 - r.nextDouble();
				assertEquals((long) Math.floor(Math.log(v) / logQ), g.skip(v), "p = " + p + ", v = " + v);
			}
			for (int m = 1; m <= g.gMax; m++) {
				final double at = g.y[m], above = Math.nextUp(at);
				assertTrue(Math.floor(Math.log(at) / logQ) >= m && Math.floor(Math.log(above) / logQ) < m,
					"threshold " + m + " of p = " + p);
				assertEquals((long) Math.floor(Math.log(at) / logQ), g.skip(at));
				assertEquals((long) Math.floor(Math.log(above) / logQ), g.skip(above));
			}
			assertEquals((long) Math.floor(Math.log(0x1.0p-53) / logQ), g.skip(0x1.0p-53), "the smallest draw");
			assertEquals(0, g.skip(1));
		}
	}

	@Test
	void verySmallProbabilitiesUseTheExpressionItself() {
		final GeometricSkip g = new GeometricSkip(1e-6);
		assertEquals(null, g.y);
		assertEquals((long) Math.floor(Math.log(0.25) / Math.log1p(-1e-6)), g.skip(0.25));
	}
}

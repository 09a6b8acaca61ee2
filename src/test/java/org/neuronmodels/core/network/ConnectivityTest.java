package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;

/** Connection rules, the weight-matrix round trip, and the errors for invalid connectivity. */
class ConnectivityTest {

	@Test
	void deterministicRulesHaveTheirDefiningStructure() {
		final Connectivity one = ConnectionRules.oneToOne(5, 2);
		for (int i = 0; i < 5; i++)
			assertArrayEquals(new int[] { i }, one.targetsOf(i));
		final Connectivity ring = ConnectionRules.ring(50, 1.5);
		assertEquals(50, ring.synapseCount());
		assertArrayEquals(new int[] { 0 }, ring.targetsOf(49), "the last neuron closes the ring");
		assertEquals(1.5, ring.weight(7, 8));
		final Connectivity all = ConnectionRules.allToAll(10, 10, 1, false);
		assertEquals(90, all.synapseCount(), "n(n-1) without autapses");
		assertEquals(100, ConnectionRules.allToAll(10, 10, 1, true).synapseCount());
	}

	@Test
	void fixedProbabilityMatchesTheBinomialMean() {
		// 4000 × 4000 pairs at p = 0.02: mean 320000, SD sqrt(N p (1-p)) = 560; allow 5 SD
		final Connectivity c = ConnectionRules.fixedProbability(4000, 4000, 0.02, 1, true, 7);
		assertEquals(320000, c.synapseCount(), 5 * Math.sqrt(16e6 * 0.02 * 0.98));
		final Connectivity noSelf = ConnectionRules.fixedProbability(300, 300, 1, 1, false, 7);
		assertEquals(300 * 299, noSelf.synapseCount(), "p = 1 without autapses is all-to-all");
		assertEquals(0, ConnectionRules.fixedProbability(300, 300, 0, 1, true, 7).synapseCount());
	}

	@Test
	void fixedInDegreeGivesExactlyKDistinctNonSelfInputs() {
		final Connectivity c = ConnectionRules.fixedInDegree(200, 200, 20, 0.1, false, 3);
		for (final int d : c.inDegrees())
			assertEquals(20, d);
		for (int r = 0; r < 200; r++)
			for (final int t : c.targetsOf(r))
				assertTrue(t != r, "no autapse");
	}

	@Test
	void weightMatrixRoundTripsThroughTheConnectivity() {
		final int pre = 7, post = 5;
		final double[] m = new double[pre * post];
		for (int y = 0; y < post; y++)
			for (int x = 0; x < pre; x++)
				if ((x * 3 + y) % 4 != 0) m[y * pre + x] = (x - 3) * 0.25 + y * 0.125;
		final Connectivity c = ConnectionRules.fromMatrix(m, pre, post);
		assertEquals(-0.75 + 0.125, c.weight(0, 1), "pixel (x = 0, y = 1) is synapse 0 → 1");
		final float[] back = c.toMatrix();
		for (int k = 0; k < m.length; k++)
			assertEquals((float) m[k], back[k], 0f);
	}

	@Test
	void invalidConnectivityGivesErrorsNamingTheInput() {
		final InvalidParameterException size = assertThrows(InvalidParameterException.class, () -> ConnectionRules
			.fromMatrix(new double[12], 5, 3));
		assertEquals("weightImage", size.parameter());
		assertTrue(size.getMessage().contains("5 × 3"), size.getMessage());
		final InvalidParameterException p = assertThrows(InvalidParameterException.class, () -> ConnectionRules
			.fixedProbability(10, 10, -0.1, 1, true, 1));
		assertEquals("connectionProbability", p.parameter());
		assertTrue(p.getMessage().contains("between 0 and 1"), p.getMessage());
		final double[] m = new double[9];
		m[5] = Double.NaN;
		final InvalidParameterException nan = assertThrows(InvalidParameterException.class, () -> ConnectionRules
			.fromMatrix(m, 3, 3));
		assertTrue(nan.getMessage().contains("x = 2, y = 1") && nan.getMessage().contains("NaN"), nan.getMessage());
		final InvalidParameterException w = assertThrows(InvalidParameterException.class, () -> ConnectionRules.ring(4,
			Double.NaN));
		assertEquals("weight", w.parameter());
		assertThrows(InvalidParameterException.class, () -> Connectivity.of(2, 2, new int[] { 0, 1, 2 }, new int[] { 1,
			5 }, new double[] { 1, 1 }), "target outside the postsynaptic population");
	}
}

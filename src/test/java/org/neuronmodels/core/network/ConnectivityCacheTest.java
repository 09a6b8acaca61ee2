package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A network built again from the same settings (the checks' dt/2 rerun) shares the first one's synapses. */
class ConnectivityCacheTest {

	private static Network cuba(final long seed, final double dt) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUBA;
		s.neurons = 2000;
		s.seed = seed;
		s.dt = dt;
		return NetworkBuilder.build(s.resolve());
	}

	@Test
	void rebuildingSharesTheDrawnArraysAndADifferentSeedDoesNot() {
		final Network a = cuba(3, 0.1), again = cuba(3, 0.05), other = cuba(4, 0.1);
		for (int i = 0; i < a.projections().size(); i++) {
			final Connectivity c = a.projections().get(i).connectivity();
			assertSame(c.target, again.projections().get(i).connectivity().target, "projection " + i);
			assertNotSame(c.target, other.projections().get(i).connectivity().target);
		}
		// E→E of CUBA (1600 excitatory neurons, p = 0.02, 0.0162 nA, autapses allowed), drawn afresh (no cache)
		final Connectivity fresh = ConnectionRules.fixedProbability(1600, 1600, 0.02, 0.0162, true, 3 * 1_000_003L +
			1, n -> {});
		final Connectivity cached = a.projections().get(0).connectivity();
		for (int r = 0; r < 1600; r++)
			assertArrayEquals(fresh.targetsOf(r), cached.targetsOf(r), "row " + r + " as drawn afresh");
	}
}

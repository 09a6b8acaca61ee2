package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;

/** The {@code neurons} limit follows from the memory estimate, and the error names the largest size that fits. */
class NetworkMemoryTest {

	private static NetworkSettings resolved(final NetworkPreset preset, final int neurons) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = preset;
		s.neurons = neurons;
		return s.resolve();
	}

	@Test
	void brunelAtAMillionNeuronsIsRefusedInFourGigabytesWithTheLargestSizeThatFits() {
		// per neuron: 256 B state + 8 B × 2 channels × (15 delay steps + 2) ring + 4 B × 3 cuts × 2 projections
		// + 24 B × 50 Hz × 1 s spikes = 1752 B; synapses: (1000 + 250) × 4 B = 5000 B; floor(4e9 / 6752) = 592417
		final NetworkSettings s = resolved(NetworkPreset.BRUNEL, 1_000_000);
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NetworkMemory.check(s,
			4e9));
		assertEquals("neurons", e.parameter());
		assertEquals("neurons = 1000000 is too many for the Brunel network in this Java heap: it needs about 6.8 GB " +
			"(1250000000 synapses) but only 4.0 GB is available; at most 592417 neurons fit (use fewer neurons, or " +
			"start Java with a larger -Xmx)", e.getMessage());
		assertDoesNotThrow(() -> NetworkMemory.check(resolved(NetworkPreset.BRUNEL, 592_417), 4e9));
		assertThrows(InvalidParameterException.class, () -> NetworkMemory.check(resolved(NetworkPreset.BRUNEL,
			592_418), 4e9));
	}

	@Test
	void cubaGrowsQuadraticallySoItsLimitIsTheRootOfTheBudget() {
		// CUBA: 0.02·N² synapses × 4 B + (256 + 8·2·2 + 4·3·2 + 24·50·1 = 1512) B per neuron (no delay):
		// 0.08 N² + 1512 N ≤ 2e9 → N = (−1512 + sqrt(1512² + 4·0.08·2e9)) / 0.16 = 148 946.03
		final NetworkSettings s = resolved(NetworkPreset.CUBA, 200_000);
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NetworkMemory.check(s,
			2e9));
		assertTrue(e.getMessage().contains("at most 148946 neurons fit"), e.getMessage());
	}

	@Test
	void buildRefusesANetworkThatCannotFitBeforeAllocatingIt() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NetworkBuilder.build(
			resolved(NetworkPreset.CUBA, 10_000_000)));
		assertEquals("neurons", e.parameter());
		assertTrue(e.getMessage().startsWith("neurons = 10000000 is too many for the CUBA network in this Java heap: " +
			"it needs about 8.0 TB (2000000000000 synapses)"), e.getMessage());
	}
}

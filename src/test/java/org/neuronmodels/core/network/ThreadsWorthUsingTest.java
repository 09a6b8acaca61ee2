package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * How many threads a network is worth: one for small or short runs, the
 * maximum for large ones, never more than the maximum; the
 * estimate is the documented one (neurons × step cost + synapses × 10 Hz × dt).
 */
class ThreadsWorthUsingTest {

	private static Network build(final NetworkPreset preset, final int neurons) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = preset;
		s.neurons = neurons;
		return NetworkBuilder.build(s.resolve());
	}

	@Test
	void smallOrShortRunsUseOneThread() {
		final Network small = build(NetworkPreset.CUBA, 4000); // 4000 + 320000 × 0.01 × 0.1 ns: below 10 µs per step
		assertEquals(1, NetworkSimulation.threadsWorthUsing(small, 1000, 0.1, 2));
		final Network shortLoop = build(NetworkPreset.COBAHH, 1000); // 17 µs per step, but 10^4 steps are 0.17 s
		assertEquals(1, NetworkSimulation.threadsWorthUsing(shortLoop, 1000, 0.1, 2));
		assertEquals(2, NetworkSimulation.threadsWorthUsing(shortLoop, 2000, 0.1, 2), "twice as long: 0.34 s");
		final Network big = build(NetworkPreset.COBAHH, 20_000); // ~350 µs per step, but 10 steps are 3.5 ms
		assertEquals(1, NetworkSimulation.threadsWorthUsing(big, 1, 0.1, 2));
		assertEquals(1, NetworkSimulation.threadsWorthUsing(big, 1000, 0.1, 1), "never more than asked");
	}

	@Test
	void largeLongRunsUseUpToTheMaximum() {
		// 2·10^4 × 17 ns + 8·10^6 synapses × 0.01/ms × 0.1 ms = 348 µs per step
		final Network big = build(NetworkPreset.COBAHH, 20_000);
		assertEquals(2, NetworkSimulation.threadsWorthUsing(big, 1000, 0.1, 2));
		assertEquals(8, NetworkSimulation.threadsWorthUsing(big, 1000, 0.1, 8));
		assertEquals(64, NetworkSimulation.threadsWorthUsing(big, 1000, 0.1, 64), "69 chunks of 5 µs, at most 64");
	}
}

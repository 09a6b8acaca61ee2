package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Brunel (2000) model A has a fixed in-degree whatever the size: C_E = ε·N_E
 * and C_I = ε·N_I of the published network (N_E = 10 000, N_I = 2 500,
 * ε = 0.1: 1000 and 250), so its mean rate does not depend on N.
 */
class BrunelModelATest {

	private static NetworkSettings brunel(final int neurons, final double duration) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.BRUNEL;
		s.neurons = neurons;
		s.duration = duration;
		s.seed = 5;
		return s.resolve();
	}

	@Test
	void everyNeuronReceivesExactlyCeExcitatoryAndCiInhibitoryInputsWhateverTheSize() {
		for (final int n : new int[] { 1253, 3000, 12_500 }) {
			final Network net = NetworkBuilder.build(brunel(n, 10));
			final int[] exc = new int[n], inh = new int[n];
			for (final Projection p : net.projections()) {
				final int[] d = p.connectivity().inDegrees();
				final int[] into = p.source().name().equals("exc") ? exc : inh;
				for (int i = 0; i < d.length; i++)
					into[p.target().offset() + i] += d[i];
			}
			for (int i = 0; i < n; i++) {
				assertEquals(1000, exc[i], "C_E of neuron " + i + " of " + n);
				assertEquals(250, inh[i], "C_I of neuron " + i + " of " + n);
			}
			assertEquals(1250L * n, net.synapseCount());
		}
	}

	@Test
	void tooFewNeuronsForTheInDegreeIsRefusedNamingTheSmallestSize() {
		// round(0.8 N) − 1 ≥ 1000 and N − round(0.8 N) − 1 ≥ 250 first hold at N = 1253 (1002 E, 251 I)
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NetworkBuilder.build(
			brunel(1252, 10)));
		assertEquals("neurons", e.parameter());
		assertEquals("neurons = 1252 is invalid: too few for Brunel: every neuron receives C_E = 1000 excitatory " +
			"and C_I = 250 inhibitory inputs (connectionProbability ε = 0.1 of the published 10000 and 2500 " +
			"neurons), so at least 1253 neurons are needed (or a smaller connectionProbability)", e.getMessage());
	}

	@Test
	void buildingReportsProgressInSynapsesAndStopsWhenCancelled() {
		final NetworkSettings s = brunel(20_000, 10); // 1250 · 20 000 = 2.5·10^7 synapses expected and drawn
		final java.util.List<long[]> seen = new java.util.ArrayList<>();
		NetworkBuilder.build(s, new ProgressMonitor() {

			@Override
			public synchronized void progress(final long done, final long total) {
				seen.add(new long[] { done, total });
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		});
		assertTrue(seen.size() >= 10, "reported " + seen.size() + " times");
		for (int i = 0; i < seen.size(); i++) {
			assertEquals(25_000_000L, seen.get(i)[1]);
			if (i > 0) assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "progress never goes back");
		}
		assertTrue(seen.get(seen.size() - 1)[0] >= 0.9 * 25_000_000L, "ends near the total");
		assertThrows(org.neuronmodels.core.sim.SimulationCancelledException.class, () -> NetworkBuilder.build(s,
			new ProgressMonitor() {

				@Override
				public void progress(final long done, final long total) {}

				@Override
				public boolean isCancelled() {
					return true;
				}
			}));
	}

	@Test
	void meanRateDoesNotDependOnTheNetworkSize() {
		final double small = rate(10_000), large = rate(40_000);
		assertTrue(small > 1, "the network is active: " + small + " Hz");
		assertEquals(small, large, 0.1 * small, "10 000 vs 40 000 neurons");
	}

	private static double rate(final int n) {
		final NetworkSettings s = brunel(n, 300);
		return NetworkSimulation.run(NetworkBuilder.build(s), s.duration, s.dt, 2, s.seed, ProgressMonitor.NONE)
			.meanRate();
	}
}

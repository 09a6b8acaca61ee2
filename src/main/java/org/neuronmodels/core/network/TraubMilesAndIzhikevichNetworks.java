package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.random.RandomStream;

/** The presets built from non-LIF models: COBAHH (Traub–Miles) and Izhikevich (2003). */
final class TraubMilesAndIzhikevichNetworks {

	private TraubMilesAndIzhikevichNetworks() {}

	/**
	 * Brette et al. (2007) benchmark 3 as in Brian2's COBAHH example: 80/20
	 * Traub–Miles neurons, conductances τ 5/10 ms, E 0/−80 mV, 3 ms refractory,
	 * V(0) = E_L + N(−5, 5²) mV, g_e(0) = N(40, 15²) nS, g_i(0) = N(200, 120²) nS, gates 0.
	 */
	static Network cobahh(final NetworkSettings s) {
		if (s.excitatoryWeight < 0 || s.inhibitoryWeight < 0) throw Checks.invalid(s.excitatoryWeight < 0
			? "excitatoryWeight" : "inhibitoryWeight", "µS", Math.min(s.excitatoryWeight, s.inhibitoryWeight),
			"conductance weights must be >= 0 µS");
		final Network net = new Network();
		final int ne = NetworkBuilder.excitatory(s.neurons), ni = s.neurons - ne;
		final SynapseChannel e = SynapseChannel.conductance("exc", 5, 0);
		final SynapseChannel i = SynapseChannel.conductance("inh", 10, -80);
		final TraubMilesPopulation exc = net.add(new TraubMilesPopulation("exc", new double[ne], 3, e, i));
		final TraubMilesPopulation inh = net.add(new TraubMilesPopulation("inh", new double[ni], 3, e, i));
		NetworkBuilder.randomConductanceState(exc, TraubMilesPopulation.E_L, s.seed);
		NetworkBuilder.randomConductanceState(inh, TraubMilesPopulation.E_L, s.seed);
		NetworkBuilder.connectEI(net, exc, inh, s, true);
		return net;
	}

	/**
	 * Izhikevich (2003) {@code net.m}: 80 % regular-spiking-to-chattering excitatory
	 * (a 0.02, b 0.2, c −65 + 15r², d 8 − 6r²) and 20 % fast-spiking-to-LTS
	 * inhibitory (a 0.02 + 0.08r, b 0.25 − 0.05r, c −65, d 2) neurons, r ~ U(0,1)
	 * per neuron; every pair connected (self included) with weight
	 * {@code excitatoryWeight·U(0,1)} from excitatory and
	 * {@code inhibitoryWeight·U(0,1)} from inhibitory neurons; thalamic noise
	 * 5·N(0,1) and 2·N(0,1) per step. A connection probability below 1 keeps
	 * each pair with that probability.
	 */
	static Network izhikevich(final NetworkSettings s) {
		final Network net = new Network();
		final int ne = NetworkBuilder.excitatory(s.neurons), ni = s.neurons - ne;
		final double[][] pe = new double[4][ne], pi = new double[4][ni];
		for (int k = 0; k < ne; k++) {
			final double r = RandomStream.of(s.seed, NetworkBuilder.INIT_STREAM_BASE + k).nextDouble();
			pe[0][k] = 0.02;
			pe[1][k] = 0.2;
			pe[2][k] = -65 + 15 * r * r;
			pe[3][k] = 8 - 6 * r * r;
		}
		for (int k = 0; k < ni; k++) {
			final double r = RandomStream.of(s.seed, NetworkBuilder.INIT_STREAM_BASE + ne + k).nextDouble();
			pi[0][k] = 0.02 + 0.08 * r;
			pi[1][k] = 0.25 - 0.05 * r;
			pi[2][k] = -65;
			pi[3][k] = 2;
		}
		final IzhikevichNetPopulation exc = net.add(new IzhikevichNetPopulation("exc", pe[0], pe[1], pe[2], pe[3],
			NetworkBuilder.constant(ne, 5)));
		final IzhikevichNetPopulation inh = net.add(new IzhikevichNetPopulation("inh", pi[0], pi[1], pi[2], pi[3],
			NetworkBuilder.constant(ni, 2)));
		final int delay = s.delaySteps();
		final NetworkPopulation[] pops = { exc, inh };
		int projection = 1;
		for (final NetworkPopulation pre : pops)
			for (final NetworkPopulation post : pops) {
				final double scale = pre == exc ? s.excitatoryWeight : s.inhibitoryWeight;
				final long seed = NetworkBuilder.seedOf(s, projection++);
				final Connectivity c = s.connectionProbability >= 1 ? ConnectionRules.allToAll(pre.size(), post.size(), 1,
					true) : ConnectionRules.fixedProbability(pre.size(), post.size(), s.connectionProbability, 1, true, seed);
				net.connect(pre, post, "I", randomWeights(c, scale, seed).withDelay(delay));
			}
		return net;
	}

	/** The same synapses with weights {@code scale · U(0,1)}, drawn row by row from per-row streams. */
	static Connectivity randomWeights(final Connectivity c, final double scale, final long seed) {
		final double[] w = new double[c.synapseCount()];
		for (int r = 0; r < c.preCount; r++) {
			final RandomStream rng = RandomStream.of(seed, (7L << 40) + r);
			for (int j = c.rowStart[r]; j < c.rowStart[r + 1]; j++)
				w[j] = scale * rng.nextDouble();
		}
		return new Connectivity(c.preCount, c.postCount, c.rowStart, c.targets(), w, c.delay, c.uniformDelay); // finite
	}
}

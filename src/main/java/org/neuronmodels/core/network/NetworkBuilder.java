package org.neuronmodels.core.network;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.random.RandomStream;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Builds the networks of the {@link NetworkPreset}s from resolved
 * {@link NetworkSettings}. Initial states are drawn from one random stream per
 * neuron, connectivity from per-projection seeds, so a seed fixes the network.
 */
public final class NetworkBuilder {

	/** Stream indices for initial states start here (offset by the global neuron index). */
	static final long INIT_STREAM_BASE = 5L << 40;

	private NetworkBuilder() {}

	/**
	 * {@link #build(NetworkSettings)}, reporting progress to {@code monitor} (in
	 * synapses drawn) and stopping with a {@link org.neuronmodels.core.sim.SimulationCancelledException}
	 * when it cancels.
	 */
	public static Network build(final NetworkSettings s, final ProgressMonitor monitor) {
		return BuildProgress.run(monitor, NetworkMemory.synapses(s, s.neurons), () -> build(s));
	}

	/** Builds the network for {@code settings} (resolved with {@link NetworkSettings#resolve()}). */
	public static Network build(final NetworkSettings s) {
		NetworkMemory.check(s);
		switch (s.preset) {
			case RING:
				return ring(s);
			case CUBA:
				return cuba(s);
			case COBA:
				return coba(s);
			case COBAHH:
				return TraubMilesAndIzhikevichNetworks.cobahh(s);
			case BRUNEL:
				return brunel(s);
			case IZHIKEVICH:
				return TraubMilesAndIzhikevichNetworks.izhikevich(s);
			default:
				return CustomNetwork.build(s);
		}
	}

	/** 50 LIF neurons (τ_m 10 ms, R 10 MΩ, −70/−55/−70 mV, 2 ms refractory) in a ring; a 10 nA pulse (5–7 ms) into neuron 0. */
	static Network ring(final NetworkSettings s) {
		final Network net = new Network();
		final LifNetworkPopulation ring = net.add(new LifNetworkPopulation("ring", LifParameters.uniform(s.neurons,
			-70, -70, -55, 10, 10, 2), new double[s.neurons], SynapseChannel.current("exc", SynapseKind.ALPHA_PEAK, 2)));
		final org.neuronmodels.core.TimeGrid grid = org.neuronmodels.core.TimeGrid.of(s.duration, s.dt);
		final double[] pulse = new double[grid.steps()];
		for (int k = 0; k < pulse.length; k++)
			pulse[k] = grid.time(k) >= 5 - 1e-9 && grid.time(k) < 7 - 1e-9 ? 10 : 0;
		final double[] gain = new double[s.neurons];
		gain[0] = 1;
		ring.setStimulus(pulse, gain);
		net.connect(ring, ring, "exc", ConnectionRules.ring(s.neurons, s.excitatoryWeight).withDelay(s.delaySteps()));
		return net;
	}

	/** Brette et al. (2007) CUBA: 80/20 LIF, E_L −49 mV, exponential currents τ 5/10 ms, V(0) ~ U(V_r, V_t). */
	static Network cuba(final NetworkSettings s) {
		final Network net = new Network();
		final int ne = excitatory(s.neurons), ni = s.neurons - ne;
		final SynapseChannel e = SynapseChannel.current("exc", SynapseKind.EXPONENTIAL, 5);
		final SynapseChannel i = SynapseChannel.current("inh", SynapseKind.EXPONENTIAL, 10);
		final LifNetworkPopulation exc = net.add(new LifNetworkPopulation("exc", LifParameters.uniform(ne, -49, -60,
			-50, 100, 20, 5), new double[ne], e, i));
		final LifNetworkPopulation inh = net.add(new LifNetworkPopulation("inh", LifParameters.uniform(ni, -49, -60,
			-50, 100, 20, 5), new double[ni], e, i));
		uniformVoltage(exc, -60, -50, s.seed);
		uniformVoltage(inh, -60, -50, s.seed);
		connectEI(net, exc, inh, s, true);
		return net;
	}

	/**
	 * Brette et al. (2007) benchmark 1 (COBA) as in their Brian code: 80/20 LIF,
	 * E_L −60 mV, conductances τ 5/10 ms, E 0/−80 mV, V(0) = −65 + 5·N(0,1) mV,
	 * g_e(0) = (4 + 1.5·N(0,1))·10 nS, g_i(0) = (20 + 12·N(0,1))·10 nS.
	 */
	static Network coba(final NetworkSettings s) {
		if (s.excitatoryWeight < 0 || s.inhibitoryWeight < 0) throw Checks.invalid(s.excitatoryWeight < 0
			? "excitatoryWeight" : "inhibitoryWeight", "µS", Math.min(s.excitatoryWeight, s.inhibitoryWeight),
			"conductance weights must be >= 0 µS");
		final Network net = new Network();
		final int ne = excitatory(s.neurons), ni = s.neurons - ne;
		final SynapseChannel e = SynapseChannel.conductance("exc", 5, 0);
		final SynapseChannel i = SynapseChannel.conductance("inh", 10, -80);
		final LifNetworkPopulation exc = net.add(new LifNetworkPopulation("exc", LifParameters.uniform(ne, -60, -60,
			-50, 100, 20, 5), new double[ne], e, i));
		final LifNetworkPopulation inh = net.add(new LifNetworkPopulation("inh", LifParameters.uniform(ni, -60, -60,
			-50, 100, 20, 5), new double[ni], e, i));
		randomConductanceState(exc, -60, s.seed);
		randomConductanceState(inh, -60, s.seed);
		connectEI(net, exc, inh, s, true);
		return net;
	}

	/** The initial state of the Brian benchmarks: V = E_L − 5 + 5·N(0,1) mV, g_e, g_i as in {@link #coba}. */
	static void randomConductanceState(final NetworkPopulation pop, final double leak, final long seed) {
		final double[] v = pop.voltage(), ge = pop.channelState(0), gi = pop.channelState(1);
		for (int k = 0; k < pop.size(); k++) {
			final RandomStream r = initStream(pop, k, seed);
			v[k] = leak + r.nextGaussian() * 5 - 5;
			ge[k] = (r.nextGaussian() * 1.5 + 4) * 0.01;
			gi[k] = (r.nextGaussian() * 12 + 20) * 0.01;
		}
	}

	/**
	 * Brunel (2000) model A: 80/20 LIF (τ 20 ms, θ 20 mV, V_r 10 mV, 2 ms
	 * refractory), delta synapses J and −gJ, a fixed in-degree whatever the
	 * size: every neuron receives exactly C_E = ε·10 000 excitatory and
	 * C_I = ε·2 500 inhibitory inputs (the published N_E and N_I; C_E = 1000 and
	 * C_I = 250 with ε = 0.1), Poisson drive at η·ν_thr per external synapse
	 * with η = 2, i.e. {@code η·θ/(J·τ)} input spikes of J per neuron.
	 */
	static Network brunel(final NetworkSettings s) {
		final Network net = new Network();
		final int ne = excitatory(s.neurons), ni = s.neurons - ne;
		final SynapseChannel d = SynapseChannel.delta("syn");
		final LifNetworkPopulation exc = net.add(new LifNetworkPopulation("exc", LifParameters.uniform(ne, 0, 10, 20,
			1, 20, 2), new double[ne], d));
		final LifNetworkPopulation inh = net.add(new LifNetworkPopulation("inh", LifParameters.uniform(ni, 0, 10, 20,
			1, 20, 2), new double[ni], d));
		uniformVoltage(exc, 0, 20, s.seed);
		uniformVoltage(inh, 0, 20, s.seed);
		final double j = s.excitatoryWeight;
		if (!(j > 0)) throw Checks.invalid("excitatoryWeight", "mV", j, "must be > 0 mV for Brunel (J sets the drive)");
		final double externalRate = 2 * 20 / (j * 20) * 1000; // η·θ/(J·τ) in Hz
		exc.addPoissonDrive(PoissonDrive.always(0, externalRate, j));
		inh.addPoissonDrive(PoissonDrive.always(0, externalRate, j));
		final int ce = brunelInDegree(s, BRUNEL_NE), ci = brunelInDegree(s, BRUNEL_NE / 4);
		final int least = brunelMinimumNeurons(ce, ci);
		if (s.neurons < least) throw Checks.invalid("neurons", null, s.neurons, "too few for Brunel: every " +
			"neuron receives C_E = " + ce + " excitatory and C_I = " + ci + " inhibitory inputs (connectionProbability ε = " +
			Checks.fmt(s.connectionProbability) + " of the published 10000 and 2500 neurons), so at least " + least +
			" neurons are needed (or a smaller connectionProbability)");
		final int delay = s.delaySteps();
		net.connect(exc, exc, "syn", ConnectionRules.fixedInDegree(ne, ne, ce, j, false, seedOf(s, 1)).withDelay(delay));
		net.connect(exc, inh, "syn", ConnectionRules.fixedInDegree(ne, ni, ce, j, true, seedOf(s, 2)).withDelay(delay));
		net.connect(inh, exc, "syn", ConnectionRules.fixedInDegree(ni, ne, ci, s.inhibitoryWeight, true, seedOf(s, 3))
			.withDelay(delay));
		net.connect(inh, inh, "syn", ConnectionRules.fixedInDegree(ni, ni, ci, s.inhibitoryWeight, false, seedOf(s,
			4)).withDelay(delay));
		return net;
	}

	/** The published number of excitatory neurons of Brunel (2000), which ε multiplies to give C_E. */
	static final int BRUNEL_NE = 10_000;

	/** Brunel's in-degree from a population of {@code published} neurons: {@code round(ε · published)}. */
	static int brunelInDegree(final NetworkSettings s, final int published) {
		return (int) Math.round(s.connectionProbability * published);
	}

	/** The fewest neurons (80 % excitatory, rounded) for C_E excitatory and C_I inhibitory inputs without autapses. */
	static int brunelMinimumNeurons(final int ce, final int ci) {
		int n = 5;
		while (excitatory(n) - 1 < ce || n - excitatory(n) - 1 < ci)
			n++;
		return n;
	}

	/** Connects E→E, E→I to channel "exc" and I→E, I→I to channel "inh", each pair with probability p (autapses allowed). */
	static void connectEI(final Network net, final NetworkPopulation exc, final NetworkPopulation inh,
		final NetworkSettings s, final boolean allowSelf)
	{
		final int ne = exc.size(), ni = inh.size(), delay = s.delaySteps();
		final double p = s.connectionProbability;
		net.connect(exc, exc, "exc", ConnectionRules.fixedProbability(ne, ne, p, s.excitatoryWeight, allowSelf, seedOf(
			s, 1)).withDelay(delay));
		net.connect(exc, inh, "exc", ConnectionRules.fixedProbability(ne, ni, p, s.excitatoryWeight, true, seedOf(s,
			2)).withDelay(delay));
		net.connect(inh, exc, "inh", ConnectionRules.fixedProbability(ni, ne, p, s.inhibitoryWeight, true, seedOf(s,
			3)).withDelay(delay));
		net.connect(inh, inh, "inh", ConnectionRules.fixedProbability(ni, ni, p, s.inhibitoryWeight, allowSelf, seedOf(
			s, 4)).withDelay(delay));
	}

	/** The number of excitatory neurons: 80 % of {@code n}, rounded. */
	static int excitatory(final int n) {
		return (int) Math.round(0.8 * n);
	}

	/** An independent connectivity seed for projection number {@code projection}. */
	static long seedOf(final NetworkSettings s, final int projection) {
		return s.seed * 1_000_003L + projection;
	}

	/** The initial-state stream of neuron {@code i} of {@code pop}. */
	static RandomStream initStream(final NetworkPopulation pop, final int i, final long seed) {
		return RandomStream.of(seed, INIT_STREAM_BASE + pop.offset() + i);
	}

	/** Draws every neuron's initial V uniformly in [lo, hi) mV. */
	static void uniformVoltage(final NetworkPopulation pop, final double lo, final double hi, final long seed) {
		final double[] v = pop.voltage();
		for (int i = 0; i < v.length; i++)
			v[i] = lo + (hi - lo) * initStream(pop, i, seed).nextDouble();
	}

	static double[] zeros(final int n) {
		return new double[n];
	}

	static double[] constant(final int n, final double value) {
		final double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}
}

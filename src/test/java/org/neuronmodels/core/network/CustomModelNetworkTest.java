package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * The Custom network with any registered model as its population (#14: an
 * equation model as the population of a custom network).
 */
class CustomModelNetworkTest {

	/** 200 neurons, 80/20, p = 0.1, exponential current synapses (0.1 and −0.4), Poisson drive to every neuron. */
	private static NetworkSettings custom(final String model, final double dt, final double poissonWeight) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUSTOM;
		s.neurons = 200;
		s.connectionProbability = 0.1;
		s.excitatoryWeight = 0.1;
		s.inhibitoryWeight = -0.4;
		s.delay = 1;
		s.duration = 200;
		s.dt = dt;
		s.seed = 3;
		s.poissonRate = 1000;
		s.poissonWeight = poissonWeight;
		s.model = model;
		s.recordNeurons = "0,150";
		return s;
	}

	private static NetworkResult run(final NetworkSettings settings, final int threads) {
		final NetworkSettings s = settings.resolve();
		s.threads = threads;
		return NetworkSimulation.run(NetworkBuilder.build(s), s.duration, s.dt, threads, s.seed, s.recording(200),
			ProgressMonitor.NONE);
	}

	@Test
	void anEquationLifNetworkIsTheBuiltInLifNetworkBitForBit() {
		// The registered LIF (defaults: the LIF command's neuron, exact step) and the same neuron written as
		// equations (Exponential Euler: the same step), in the same network with the same seed: the same spikes
		// and traces, compared with ==, at 2 and 1 threads. Poisson drive 1000 Hz × 1 nA into τ = 5 ms: a mean
		// current of 5 nA, above the 2 nA rheobase, so the network fires.
		final NetworkResult lif = run(custom("LIF", 0.1, 1), 2);
		final NetworkSettings eq = custom("Equation", 0.1, 1);
		eq.equation = ModelNetworkPopulationTest.LIF;
		final NetworkResult equation = run(eq, 1);
		final SpikeRecord a = lif.spikes(), b = equation.spikes();
		assertTrue(a.count() > 200, "the network fires: " + a.count());
		assertArrayEquals(a.neurons(), b.neurons());
		assertArrayEquals(a.times(), b.times(), 0);
		final TraceRecord ta = lif.traces(), tb = equation.traces();
		assertArrayEquals(new String[] { "V", "I_exc", "I_inh" }, ta.variables());
		assertArrayEquals(new String[] { "v", "I_exc", "I_inh" }, tb.variables());
		for (int slot = 0; slot < 2; slot++)
			for (int v = 0; v < 3; v++)
				assertArrayEquals(ta.values(v, slot), tb.values(v, slot), 0, ta.variables()[v] + " of slot " + slot);
		// and it is not the network's own LIF kernel (CUBA's neuron, exact synaptic propagators)
		final NetworkResult kernel = run(custom(NetworkSettings.MODEL_NETWORK_LIF, 0.1, 1), 2);
		assertTrue(kernel.spikes().count() != a.count() || !java.util.Arrays.equals(kernel.spikes().times(), a
			.times()));
	}

	@Test
	void morrisLecarAndAdExPopulationsRun() {
		// Type I Morris-Lecar in µA/cm²: 1000 Hz × 10 µA/cm² into τ = 5 ms is a mean 50 µA/cm², above its
		// rheobase (about 40 µA/cm², Rinzel & Ermentrout 1989). AdEx's default (tonic, R 500 MΩ, V_T −50 mV, Δ_T
		// 2 mV: rheobase about 0.04 nA): 1000 Hz × 0.02 nA, a mean 0.1 nA, with weights of 0.002 and −0.004 nA (its
		// reset, 1 mV below V_T, lets it fire fast: stronger inhibition drives V below −1000 mV).
		for (final NetworkSettings s : new NetworkSettings[] { withPreset(custom("Morris-Lecar", 0.05, 10),
			"Type I"), adex() })
		{
			final NetworkResult r = run(s, 2);
			assertTrue(r.spikes().count() > 100, s.model + " fires: " + r.spikes().count());
			assertTrue(r.traces().variables().length >= 3, s.model + " records its own state variables");
			for (final double v : r.traces().voltage(1))
				assertTrue(Double.isFinite(v));
			final NetworkResult again = run(s, 1);
			assertArrayEquals(r.spikes().times(), again.spikes().times(), 0, s.model + ": same at 1 and 2 threads");
		}
	}

	@Test
	void badModelInputsAreRefused() {
		final NetworkSettings cuba = custom("AdEx", 0.1, 1);
		cuba.preset = NetworkPreset.CUBA;
		assertEquals("model = \"AdEx\" is invalid for the CUBA preset: the population model can only be chosen for " +
			"the Custom preset", assertThrows(InvalidParameterException.class, cuba::resolve).getMessage());
		final NetworkSettings unknown = custom("Foo", 0.1, 1);
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NetworkBuilder.build(
			unknown.resolve()));
		assertTrue(e.getMessage().startsWith("model = \"Foo\" is invalid: must be Network LIF or a registered model (" +
			""), e.getMessage());
		final NetworkSettings noText = custom("Equation", 0.1, 1);
		assertEquals("equations is empty: model \"Equation\" needs the equations, threshold, reset and parameters",
			assertThrows(InvalidParameterException.class, () -> NetworkBuilder.build(noText.resolve())).getMessage());
		final NetworkSettings noisy = custom("Equation", 0.1, 1);
		noisy.equation = new org.neuronmodels.core.equation.EquationSpec(
			"dv/dt = (-(v - vRest) + R*I)/tau + sigma*sqrt(2/tau)*xi : volt", "v > vTh", "v = vReset", "",
			"vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, tau = 8*ms, sigma = 1*mV", "v = vRest");
		assertEquals("equations use white noise xi, which a network population does not support yet (its draws " +
			"would depend on the thread count); drive the network with poissonRate instead", assertThrows(
				InvalidParameterException.class, () -> NetworkBuilder.build(noisy.resolve())).getMessage());
		final NetworkSettings alpha = custom("LIF", 0.1, 1);
		alpha.synapse = SynapseKind.ALPHA_RAW;
		assertTrue(assertThrows(InvalidParameterException.class, () -> NetworkBuilder.build(alpha.resolve()))
			.getMessage().endsWith("is invalid for a population of a registered model: use Delta, Exponential or " +
				"Exponential conductance"));
	}

	private static NetworkSettings adex() {
		final NetworkSettings s = custom("AdEx", 0.01, 0.02);
		s.excitatoryWeight = 0.002;
		s.inhibitoryWeight = -0.004;
		return s;
	}

	private static NetworkSettings withPreset(final NetworkSettings s, final String preset) {
		s.modelPreset = preset;
		return s;
	}
}

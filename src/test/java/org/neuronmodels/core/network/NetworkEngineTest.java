package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/** The engine: thread-count independence, exact delays, and the ring's latency. */
class NetworkEngineTest {

	static Stream<Arguments> presets() {
		return Stream.of(Arguments.of("CUBA", 1000, 300.0), Arguments.of("COBA", 1000, 200.0), Arguments.of("COBAHH",
			400, 100.0), Arguments.of("Brunel", 2000, 200.0), Arguments.of("Izhikevich 2003", 1000, 300.0), Arguments.of(
				"Ring (alpha PSC)", 50, 200.0), Arguments.of("Custom", 500, 200.0));
	}

	private static SpikeRecord run(final String preset, final int neurons, final double duration, final int threads) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.fromLabel(preset);
		s.neurons = neurons;
		s.duration = duration;
		s.seed = 42;
		if (preset.equals("Custom")) {
			s.synapse = SynapseKind.ALPHA_PEAK;
			s.rule = "Fixed in-degree";
			s.delay = 0.7;
			s.poissonRate = 500;
			s.poissonWeight = 0.02;
		}
		final NetworkSettings r = s.resolve();
		return NetworkSimulation.run(NetworkBuilder.build(r), r.duration, r.dt, threads, r.seed, ProgressMonitor.NONE)
			.spikes();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("presets")
	void sameSeedGivesBitIdenticalSpikesWithOneTwoAndThreeThreads(final String preset, final int n,
		final double duration)
	{
		final SpikeRecord one = run(preset, n, duration, 1);
		assertTrue(one.count() > 10, preset + " should be active, got " + one.count() + " spikes");
		for (final int threads : new int[] { 2, 3 }) {
			final SpikeRecord other = run(preset, n, duration, threads);
			assertArrayEquals(one.neurons(), other.neurons(), preset + " neurons, " + threads + " threads");
			assertArrayEquals(one.times(), other.times(), 0.0, preset + " times, " + threads + " threads");
		}
	}

	/**
	 * A driver spike during step k (stamped t_(k+1)) reaches a target at the
	 * start of step k + 1 + D; a 30 mV delta jump lifts it from −70 past −55 mV
	 * within that step, so the target's spike is stamped exactly (D + 1)·dt after the driver's.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 3, 17 })
	void uniformDelayShiftsTheResponseByExactlyTheDelay(final int delaySteps) {
		final double dt = 0.1;
		final int steps = 400;
		final Network net = new Network();
		final LifNetworkPopulation d = NetworkTestNets.driver(net, dt, steps, SynapseChannel.delta("syn"));
		final LifNetworkPopulation t = NetworkTestNets.targets(net, 1, SynapseChannel.delta("syn"), -55);
		net.connect(d, t, "syn", ConnectionRules.allToAll(1, 1, 30, true).withDelay(delaySteps));
		final SpikeRecord s = NetworkSimulation.run(net, steps * dt, dt, 2, 1, ProgressMonitor.NONE).spikes();
		assertEquals(1, s.timesOf(0).length, "the driver fires once");
		assertEquals(1, s.timesOf(1).length);
		assertEquals((delaySteps + 1) * dt, s.timesOf(1)[0] - s.timesOf(0)[0], 1e-9);
	}

	@Test
	void perSynapseDelaysShiftEachTargetByItsOwnDelay() {
		final double dt = 0.1;
		final int steps = 400;
		final int[] delays = { 2, 9, 0, 5 };
		final Network net = new Network();
		final LifNetworkPopulation d = NetworkTestNets.driver(net, dt, steps, SynapseChannel.delta("syn"));
		final LifNetworkPopulation t = NetworkTestNets.targets(net, 4, SynapseChannel.delta("syn"), -55);
		net.connect(d, t, "syn", ConnectionRules.allToAll(1, 4, 30, true).withDelays(delays));
		final SpikeRecord s = NetworkSimulation.run(net, steps * dt, dt, 2, 1, ProgressMonitor.NONE).spikes();
		final double t0 = s.timesOf(0)[0];
		for (int j = 0; j < 4; j++)
			assertEquals((delays[j] + 1) * dt, s.timesOf(1 + j)[0] - t0, 1e-9, "target " + j);
	}

	/**
	 * Ring latency, derived independently: after a spike of neuron i−1 the alpha
	 * current {@code w·(s/τ)·e^(1−s/τ)} reaches neuron i D steps later; its
	 * membrane {@code τ_m V' = −(V − V_rest) + R·I} (integrated here by RK4 with
	 * steps of dt/200) crosses V_th at sCross. The exact propagator is exact on the
	 * grid, so the spike is stamped at the first grid point after sCross: every
	 * neuron fires {@code (D + ceil(sCross / dt))·dt} after its predecessor.
	 */
	@Test
	void ringPropagatesNeuronToNeuronWithTheExpectedLatency() {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.RING;
		s.duration = 400;
		final NetworkSettings r = s.resolve();
		final SpikeRecord spikes = NetworkSimulation.run(NetworkBuilder.build(r), r.duration, r.dt, 2, 1,
			ProgressMonitor.NONE).spikes();
		final double dt = r.dt, w = r.excitatoryWeight, tau = 2, tauM = 10, res = 10;
		double v = 0, sCross = Double.NaN;
		final double h = dt / 200;
		for (int k = 0; k < 200 * 200; k++) {
			final double t = k * h;
			final double k1 = f(t, v, w, tau, tauM, res), k2 = f(t + h / 2, v + h / 2 * k1, w, tau, tauM, res);
			final double k3 = f(t + h / 2, v + h / 2 * k2, w, tau, tauM, res), k4 = f(t + h, v + h * k3, w, tau, tauM,
				res);
			final double next = v + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
			if (next > 15) {
				sCross = t + h * (15 - v) / (next - v);
				break;
			}
			v = next;
		}
		assertTrue(sCross > 0, "a single PSP must cross threshold");
		final double latency = (r.delaySteps() + Math.ceil(sCross / dt)) * dt;
		for (int i = 1; i < r.neurons; i++) {
			final double prev = spikes.timesOf(i - 1)[0], cur = spikes.timesOf(i)[0];
			assertEquals(latency, cur - prev, 1e-9, "neuron " + i);
		}
		assertTrue(spikes.timesOf(0).length >= 2, "activity returns to neuron 0 around the ring");
	}

	/** dV/dt of the ring's membrane (V relative to rest) under one alpha-peak PSC starting at t = 0. */
	private static double f(final double t, final double v, final double w, final double tau, final double tauM,
		final double r)
	{
		final double i = w * t / tau * Math.exp(1 - t / tau);
		return (-v + r * i) / tauM;
	}

	@Test
	void cancellationStopsTheRun() {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUBA;
		s.neurons = 500;
		final NetworkSettings r = s.resolve();
		final ProgressMonitor cancel = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		assertThrows(SimulationCancelledException.class, () -> NetworkSimulation.run(NetworkBuilder.build(r),
			r.duration, r.dt, 2, 1, cancel));
	}
}

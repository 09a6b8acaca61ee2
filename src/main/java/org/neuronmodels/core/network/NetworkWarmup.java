package org.neuronmodels.core.network;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Builds a preset network while a small copy of it runs on another thread,
 * so that the JIT compiles the engine's loops (for this model, synapse kind
 * and thread count) before the real run instead of during it: the analogue
 * of Brian2 compiling its C++ before the loop. The copy has at most
 * {@value #NEURONS} neurons with the same in-degree (connection probability
 * scaled up) and runs {@value #STEPS} steps; its results are discarded and
 * nothing is shared with the real network. Each kind is warmed up once per
 * JVM; a failure of the copy is ignored (the real build reports bad input).
 */
public final class NetworkWarmup {

	static final int NEURONS = 400, STEPS = 1500;

	private static final Set<String> WARM = ConcurrentHashMap.newKeySet();

	private NetworkWarmup() {}

	/** {@link NetworkPresets#build} of the resolved {@code settings}, warming the engine up meanwhile. */
	public static Network build(final NetworkSettings settings) {
		final NetworkSettings copy = smallCopy(settings);
		if (copy == null || !WARM.add(settings.preset + "/" + settings.synapse + "/" + settings.threads)) {
			return NetworkPresets.build(settings);
		}
		final Thread t = new Thread(() -> run(copy), "network-warmup");
		t.setDaemon(true);
		t.start();
		try {
			return NetworkPresets.build(settings);
		}
		finally {
			try {
				t.join();
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void run(final NetworkSettings copy) {
		try {
			final Network net = NetworkPresets.build(copy);
			NetworkSimulation.run(net, copy.duration, copy.dt, copy.threads, copy.seed, ProgressMonitor.NONE);
		}
		catch (final RuntimeException e) {
			// only a warm-up: the real run reports whatever is wrong
		}
	}

	/** The small copy of resolved {@code s}, or null when the network is small already or has a fixed size. */
	static NetworkSettings smallCopy(final NetworkSettings s) {
		if (s.neurons <= NEURONS || s.weightMatrix != null) return null;
		final NetworkSettings c = new NetworkSettings();
		c.preset = s.preset;
		c.neurons = NEURONS;
		c.connectionProbability = Math.min(1, s.connectionProbability * s.neurons / NEURONS);
		c.excitatoryWeight = s.excitatoryWeight;
		c.inhibitoryWeight = s.inhibitoryWeight;
		c.delay = s.delay;
		c.dt = s.dt;
		c.duration = STEPS * s.dt;
		c.seed = s.seed + 1;
		c.threads = s.threads;
		c.synapse = s.synapse;
		c.rule = s.rule;
		c.poissonRate = s.poissonRate;
		c.poissonWeight = s.poissonWeight;
		try {
			return c.resolve();
		}
		catch (final RuntimeException e) {
			return null;
		}
	}
}

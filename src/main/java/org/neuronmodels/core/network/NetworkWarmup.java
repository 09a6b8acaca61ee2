package org.neuronmodels.core.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Warms the JIT up for a preset network: small copies of it run on another
 * thread so that the engine's loops (for this model, synapse kind and thread
 * count) are compiled before the real run instead of during it, the analogue
 * of Brian2 compiling its C++ before the loop. A copy has {@value #NEURONS}
 * neurons with the same in-degree where possible (connection probability
 * scaled up) and runs {@value #STEPS} steps; at least {@value #MIN_ROUNDS}
 * copies run, and more while the real network is still being built (that
 * time is free), at most {@value #MAX_ROUNDS}. Their results are discarded and
 * nothing is shared with the real network. Each kind is warmed up once per
 * JVM; a failure of a copy is ignored (the real build reports bad input).
 * <p>
 * {@link #build} warms up while it builds; a caller that knows the settings
 * earlier (the headless launcher, while SciJava starts) can {@link #start}
 * the warm-up sooner, and {@link #build} then waits for it.
 * </p>
 */
public final class NetworkWarmup {

	static final int NEURONS = 256, STEPS = 500, MIN_ROUNDS = 4, MAX_ROUNDS = 40;

	/** The warm-up of each kind (started or finished), by {@link #key}. */
	private static final Map<String, NetworkWarmup> WARMUPS = new ConcurrentHashMap<>();

	private final Thread thread;
	private final AtomicBoolean built = new AtomicBoolean();

	private NetworkWarmup(final NetworkSettings copy) {
		thread = new Thread(() -> run(copy), "network-warmup");
		thread.setDaemon(true);
	}

	/**
	 * Starts warming up for the resolved {@code settings} (the minimum number
	 * of copies) unless that kind is warm or warming up already.
	 */
	public static void start(final NetworkSettings settings) {
		final NetworkWarmup w = warmup(settings);
		if (w != null) w.built.set(true);
	}

	/** {@link NetworkPresets#build} of the resolved {@code settings}, warming the engine up meanwhile. */
	public static Network build(final NetworkSettings settings) {
		final NetworkWarmup w = warmup(settings);
		try {
			return NetworkPresets.build(settings);
		}
		finally {
			if (w != null) w.await();
		}
	}

	/** The warm-up of this kind, started now if needed; null when the network needs none. */
	private static NetworkWarmup warmup(final NetworkSettings settings) {
		final NetworkSettings copy = smallCopy(settings);
		if (copy == null) return null;
		return WARMUPS.computeIfAbsent(key(settings), k -> {
			final NetworkWarmup w = new NetworkWarmup(copy);
			w.thread.start(); // NB: inside, so that nobody gets (and joins) it before it runs
			return w;
		});
	}

	private static String key(final NetworkSettings s) {
		return s.preset + "/" + s.synapse + "/" + s.threads;
	}

	/** Lets the warm-up stop after its minimum and waits for it. */
	private void await() {
		built.set(true);
		try {
			thread.join();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(final NetworkSettings copy) {
		try {
			for (int round = 0; round < MAX_ROUNDS && (round < MIN_ROUNDS || !built.get()); round++) {
				copy.seed++;
				NetworkSimulation.run(NetworkPresets.build(copy), copy.duration, copy.dt, copy.threads, copy.seed,
					ProgressMonitor.NONE);
			}
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

package org.neuronmodels.core.network;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Warms the JIT up for a preset network: small copies of it run on another
 * thread so that the engine's loops (for this model, synapse kind and thread
 * count) are compiled before the real run instead of during it, the analogue
 * of Brian2 compiling its C++ before the loop. A copy has {@value #NEURONS}
 * neurons with the same in-degree where possible (connection probability
 * scaled up) and runs {@value #STEPS} steps (long enough for the rarer paths
 * the real run takes, e.g. a refractory queue wrapping around, so that the JIT
 * does not compile them as traps). Copies run for at least
 * {@value #MIN_STEPS} steps in all (the JIT compiles a method that runs once
 * per step and chunk with C2 after about 5000 calls), then until the JIT
 * spends less than a tenth of a 40 ms window compiling, at most 0.6 s;
 * meanwhile the real network is built. The rounds alternate between the run's
 * threads and one thread (the two ways {@link NetworkSimulation#threadsWorthUsing}
 * may choose), so each way gets half the steps. Their results are discarded and nothing is shared with
 * the real network. Each kind is warmed up once per JVM; a failure of a copy
 * is ignored (the real build reports bad input).
 */
public final class NetworkWarmup {

	static final int NEURONS = 256, STEPS = 2000, MIN_STEPS = 12000, MAX_ROUNDS = 60;
	static final long WINDOW_NANOS = 40_000_000L, MAX_NANOS = 600_000_000L;

	/** The warm-up of each kind (running or finished), by {@link #key}. */
	private static final Map<String, NetworkWarmup> WARMUPS = new ConcurrentHashMap<>();

	private final Thread thread;

	private NetworkWarmup(final NetworkSettings copy) {
		thread = new Thread(() -> run(copy), "network-warmup");
		thread.setDaemon(true);
	}

	/** {@link NetworkBuilder#build} of the resolved {@code settings}, warming the engine up meanwhile. */
	public static Network build(final NetworkSettings settings) {
		return build(settings, ProgressMonitor.NONE);
	}

	/** {@link #build(NetworkSettings)}, reporting the build's progress to {@code monitor}. */
	public static Network build(final NetworkSettings settings, final ProgressMonitor monitor) {
		final NetworkWarmup w = warmup(settings);
		try {
			return NetworkBuilder.build(settings, monitor);
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
		return s.preset + "/" + s.synapse + "/" + s.threads + "/" + s.model + "/" + (s.equation == null ? "" : s.equation
			.equations);
	}

	/** Waits for the warm-up to finish. */
	private void await() {
		try {
			thread.join();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(final NetworkSettings copy) {
		try {
			final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
			final boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
			final long start = System.nanoTime();
			long windowStart = start, windowCompiled = timed ? jit.getTotalCompilationTime() : 0;
			for (int round = 0; round < MAX_ROUNDS; round++) {
				copy.seed++;
				// both ways the real run may take (threadsWorthUsing): on all its threads, and on one
				final int threads = round % 2 == 0 ? copy.threads : 1;
				NetworkSimulation.run(NetworkBuilder.build(copy), copy.duration, copy.dt, threads, copy.seed,
					ProgressMonitor.NONE);
				final long now = System.nanoTime();
				if (now - start > MAX_NANOS || !timed && (round + 1) * STEPS >= MIN_STEPS) break;
				if (!timed || now - windowStart < WINDOW_NANOS) continue;
				// the JIT compiled for less than a tenth of the last window: it is done with the loops
				final long compiled = jit.getTotalCompilationTime();
				if ((round + 1) * STEPS >= MIN_STEPS && (compiled - windowCompiled) * 10_000_000L < now - windowStart) break;
				windowStart = now;
				windowCompiled = compiled;
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
		c.connectionProbability = s.preset == NetworkPreset.BRUNEL
			? Math.min(s.connectionProbability, 0.02) // a fixed in-degree (ε·10000) that 256 neurons can give
			: Math.min(1, s.connectionProbability * s.neurons / NEURONS);
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
		NetworkSettings.copyModelAndRecording(s, c);
		c.recordNeurons = "";
		try {
			return c.resolve();
		}
		catch (final RuntimeException e) {
			return null;
		}
	}
}

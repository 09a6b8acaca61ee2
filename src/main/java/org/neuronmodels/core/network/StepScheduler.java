package org.neuronmodels.core.network;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the chunks of every step on a fixed set of threads and separates the
 * steps: no chunk starts step k + 1 before every chunk has finished step k
 * (step −1 is the preparation before the loop). Thread t owns chunks t,
 * t + T, …, so each chunk's neurons stay in one core's cache; a thread that
 * has finished its own chunks and finds another chunk of the step not yet
 * started after {@value #STEAL_AFTER_NANOS} ns (its owner is late, e.g. paused
 * by the operating system) runs it itself, so a paused thread delays the
 * others only while it is inside a chunk. Claiming a chunk is a
 * compare-and-set of its step counter and finishing it a write of another,
 * each on its own cache line; passing from one step to the next orders all
 * writes of the earlier step before all reads of the next.
 * <p>
 * A waiting thread spins ({@link Thread#onSpinWait()}; a step usually takes
 * microseconds), then yields, then sleeps in short naps, so that an
 * oversubscribed machine is not made worse by spinning.
 * </p>
 */
final class StepScheduler {

	/** The work of one chunk for one step. */
	interface ChunkWork {

		/** Runs chunk {@code chunk} through step {@code step} (−1: preparation). */
		void execute(long step, int chunk);
	}

	private static final long STEAL_AFTER_NANOS = 20_000, YIELD_AFTER_NANOS = 200_000,
		NAP_AFTER_NANOS = 2_000_000;
	/** Longs between two counters (128 bytes), against false sharing. */
	private static final int PAD = 16;

	private final int chunks, threads;
	private final long steps;
	/** Per chunk (at {@code c·PAD}): the last step claimed, and the last step finished. */
	private final AtomicLongArray claimed, finished;
	/** No step after this one is started. */
	private volatile long lastStep;

	StepScheduler(final int chunks, final int threads, final int steps) {
		this.chunks = chunks;
		this.threads = threads;
		this.steps = steps;
		this.lastStep = steps - 1L;
		claimed = new AtomicLongArray(chunks * PAD);
		finished = new AtomicLongArray(chunks * PAD);
		for (int c = 0; c < chunks; c++) {
			claimed.set(c * PAD, -2);
			finished.set(c * PAD, -2);
		}
	}

	/** Runs thread {@code t}'s part of every step; returns when the run is over or stopped. */
	void run(final int t, final ChunkWork work) {
		for (long k = -1; k < steps; k++) {
			if (k > lastStep) return;
			for (int c = t; c < chunks; c += threads)
				tryRun(c, k, work);
			for (int c = 0; c < chunks; c++)
				if (!await(c, k, work)) return;
		}
	}

	/** Runs chunk c through step k unless another thread has claimed it. */
	private void tryRun(final int c, final long k, final ChunkWork work) {
		final int i = c * PAD;
		if (claimed.get(i) == k - 1 && claimed.compareAndSet(i, k - 1, k)) {
			work.execute(k, c);
			finished.set(i, k);
		}
	}

	/** Waits until chunk c has finished step k, running it if its owner is late; false if the run was stopped. */
	private boolean await(final int c, final long k, final ChunkWork work) {
		final int i = c * PAD;
		long start = 0;
		while (finished.get(i) < k) {
			if (k > lastStep) return false;
			final long now = System.nanoTime();
			if (start == 0) start = now;
			final long waited = now - start;
			if (waited > STEAL_AFTER_NANOS) tryRun(c, k, work);
			if (waited < YIELD_AFTER_NANOS) Thread.onSpinWait();
			else if (waited < NAP_AFTER_NANOS) Thread.yield();
			else LockSupport.parkNanos(20_000L);
		}
		return true;
	}

	/** Starts no step after {@code step} (the chunks of {@code step} itself still complete). */
	synchronized void stopAfter(final long step) {
		if (step < lastStep) lastStep = step;
	}
}

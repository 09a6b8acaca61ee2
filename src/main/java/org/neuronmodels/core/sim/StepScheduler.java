package org.neuronmodels.core.sim;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the chunks of every step on a fixed set of threads and separates the
 * steps: no chunk starts step k + 1 before every chunk has finished step k
 * (step −1 is the preparation before the loop). Thread t owns chunks t,
 * t + T, …, so each chunk's neurons stay in one core's cache; a thread that
 * has finished its own chunks and finds another chunk of the step not yet
 * started after {@value #STEAL_AFTER_NANOS} ns (its owner is late, e.g. paused
 * by the operating system) runs it itself, so a paused thread delays the
 * others only while it is inside a chunk. (Taking a chunk from an owner that
 * is only slightly late makes the threads trade chunks, and their neurons
 * between caches: slower.) Claiming a chunk is a compare-and-set of its step
 * counter and finishing it a write of another, each on its own cache lines;
 * passing from one step to the next orders all writes of the earlier step
 * before all reads of the next.
 * <p>
 * A waiting thread spins ({@link Thread#onSpinWait()}; a step usually takes
 * microseconds), then yields, then sleeps in short naps, so that an
 * oversubscribed machine is not made worse by spinning.
 * </p>
 */
public final class StepScheduler {

	/** The work of one chunk for one step. */
	public interface ChunkWork {

		/** Runs chunk {@code chunk} through step {@code step} (−1: preparation). */
		void execute(long step, int chunk);
	}

	private static final long STEAL_AFTER_NANOS = 20_000, YIELD_AFTER_NANOS = 200_000,
		NAP_AFTER_NANOS = 2_000_000;

	/**
	 * A counter alone on its cache line(s). (An {@code AtomicLong}, whose
	 * operations are fast even before the JIT has compiled the loop, unlike
	 * those of {@code AtomicLongArray}, which go through a VarHandle.)
	 */
	@SuppressWarnings({ "serial", "unused" })
	static final class Counter extends AtomicLong {

		long p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15;

		Counter(final long value) {
			super(value);
		}
	}

	private final int chunks, threads;
	private final long steps;
	/** Per chunk: the last step claimed, and the last step finished. */
	private final Counter[] claimed, finished;
	/** No step after this one is started. */
	private volatile long lastStep;

	public StepScheduler(final int chunks, final int threads, final int steps) {
		this.chunks = chunks;
		this.threads = threads;
		this.steps = steps;
		this.lastStep = steps - 1L;
		claimed = new Counter[chunks];
		finished = new Counter[chunks];
		for (int c = 0; c < chunks; c++) {
			claimed[c] = new Counter(-2);
			finished[c] = new Counter(-2);
		}
	}

	/** Runs thread {@code t}'s part of every step; returns when the run is over or stopped. */
	public void run(final int t, final ChunkWork work) {
		for (long k = -1; k < steps; k++)
			if (!step(t, k, work)) return;
	}

	/**
	 * Thread t's part of step k: its own chunks, then waiting for the others.
	 * (A method per step, so that the JIT compiles it as soon as it is hot,
	 * rather than the long loop of {@link #run}, which it could only replace
	 * while running.)
	 */
	private boolean step(final int t, final long k, final ChunkWork work) {
		if (k > lastStep) return false;
		for (int c = t; c < chunks; c += threads)
			tryRun(c, k, work);
		for (int c = 0; c < chunks; c++)
			if (!await(c, k, work)) return false;
		return true;
	}

	/** Runs chunk c through step k unless another thread has claimed it. */
	private void tryRun(final int c, final long k, final ChunkWork work) {
		final Counter claim = claimed[c];
		if (claim.get() == k - 1 && claim.compareAndSet(k - 1, k)) {
			work.execute(k, c);
			finished[c].set(k);
		}
	}

	/** Waits until chunk c has finished step k, running it if its owner is late; false if the run was stopped. */
	private boolean await(final int c, final long k, final ChunkWork work) {
		final Counter done = finished[c];
		long start = 0;
		while (done.get() < k) {
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

	/** The last step every chunk has finished (a lower bound while the run goes on). */
	public long progress() {
		long k = Long.MAX_VALUE;
		for (final Counter f : finished)
			k = Math.min(k, f.get());
		return k;
	}

	/** Starts no step after {@code step} (the chunks of {@code step} itself still complete). */
	public synchronized void stopAfter(final long step) {
		if (step < lastStep) lastStep = step;
	}
}

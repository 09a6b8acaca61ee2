package org.neuronmodels.core.network;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands out the work of a run as tickets: ticket {@code t} is chunk
 * {@code t mod C} of step {@code t / C − 1} (step −1 is the preparation before
 * the loop). A ticket is handed out only once every ticket of the earlier
 * steps is finished, so the threads meet once per step, and whichever thread
 * is running takes the next chunk: a thread the operating system has paused
 * delays the others only while it holds an unfinished chunk (with fixed
 * blocks per thread, every step would wait for it). Passing from one step to
 * the next orders all writes of the earlier step before all reads of the next
 * (the counters are atomic).
 * <p>
 * A waiting thread spins briefly ({@link Thread#onSpinWait()}; a step usually
 * takes microseconds), then yields, then sleeps in short naps, so that an
 * oversubscribed machine is not made worse by spinning.
 * </p>
 */
final class StepScheduler {

	private static final int SPINS = 1 << 11, YIELDS = SPINS + (1 << 10);
	/** Indices of the counters in {@link #counters}, 16 longs (128 bytes) apart against false sharing. */
	private static final int NEXT = 0, DONE = 16;

	private final int chunks;
	private final long total;
	private final AtomicLongArray counters = new AtomicLongArray(32);
	/** No ticket of a later step is handed out. */
	private volatile long lastStep;

	StepScheduler(final int chunks, final int steps) {
		this.chunks = chunks;
		this.total = (steps + 1L) * chunks;
		this.lastStep = steps - 1L;
	}

	/** The next ticket whose step may run now (waiting for it), or −1 when the run is over or stopped. */
	long claim() {
		int idle = 0;
		while (true) {
			final long t = counters.get(NEXT);
			if (t >= total || t / chunks - 1 > lastStep) return -1;
			if (counters.get(DONE) >= t - t % chunks) {
				if (counters.compareAndSet(NEXT, t, t + 1)) return t;
				continue;
			}
			if (idle < SPINS) Thread.onSpinWait();
			else if (idle < YIELDS) Thread.yield();
			else LockSupport.parkNanos(20_000L);
			idle++;
		}
	}

	/** Marks a ticket handed out by {@link #claim()} as finished. */
	void finished() {
		counters.incrementAndGet(DONE);
	}

	/** The step of ticket {@code t} (−1: preparation). */
	long step(final long t) {
		return t / chunks - 1;
	}

	/** The chunk of ticket {@code t}. */
	int chunk(final long t) {
		return (int) (t % chunks);
	}

	/** Hands out no ticket after step {@code step} (the current step still completes). */
	synchronized void stopAfter(final long step) {
		if (step < lastStep) lastStep = step;
	}
}

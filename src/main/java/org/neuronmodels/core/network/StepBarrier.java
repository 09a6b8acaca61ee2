package org.neuronmodels.core.network;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A reusable sense-reversing barrier for a fixed set of workers that meet
 * once per time step. A waiter spins for a short while (a step usually takes
 * microseconds), then parks until the last worker to arrive wakes it, so an
 * oversubscribed machine is not made worse by spinning. Passing the barrier
 * orders all writes before it ahead of all reads after it (the atomic
 * counter and the volatile sense give happens-before).
 */
final class StepBarrier {

	private static final int SPINS = 1 << 12;

	private final int parties;
	private final AtomicInteger waiting;
	private final AtomicReferenceArray<Thread> sleepers;
	private volatile boolean sense;
	private volatile boolean broken;

	StepBarrier(final int parties) {
		this.parties = parties;
		this.waiting = new AtomicInteger(parties);
		this.sleepers = new AtomicReferenceArray<>(parties);
	}

	/** Waits for every worker; {@code id} is the worker's index, {@code localSense} its own one-element flag. */
	void await(final int id, final boolean[] localSense) {
		final boolean my = !localSense[0];
		localSense[0] = my;
		if (waiting.decrementAndGet() == 0) {
			waiting.set(parties);
			sense = my;
			for (int i = 0; i < parties; i++) {
				final Thread t = sleepers.get(i);
				if (t != null) LockSupport.unpark(t);
			}
			return;
		}
		for (int spins = 0; spins < SPINS; spins++) {
			if (sense == my) return;
			Thread.onSpinWait();
		}
		final Thread me = Thread.currentThread();
		sleepers.set(id, me);
		while (sense != my) {
			if (broken) {
				sleepers.set(id, null);
				throw new IllegalStateException("another worker failed");
			}
			LockSupport.parkNanos(this, 1_000_000L);
		}
		sleepers.set(id, null);
	}

	/** Releases every waiter with an exception (a worker failed). */
	void breakBarrier() {
		broken = true;
		for (int i = 0; i < parties; i++) {
			final Thread t = sleepers.get(i);
			if (t != null) LockSupport.unpark(t);
		}
	}
}

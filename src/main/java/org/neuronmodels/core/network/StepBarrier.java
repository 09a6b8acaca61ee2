package org.neuronmodels.core.network;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable sense-reversing barrier for a fixed set of workers that meet
 * once per time step: it spins briefly, then yields, and gives up when
 * another worker failed. Passing it orders all writes before it ahead of all
 * reads after it (happens-before through the atomic counter and the volatile sense).
 */
final class StepBarrier {

	private static final int SPINS = 1 << 14;

	private final int parties;
	private final AtomicInteger waiting;
	private volatile boolean sense;
	private volatile boolean broken;

	StepBarrier(final int parties) {
		this.parties = parties;
		this.waiting = new AtomicInteger(parties);
	}

	/** Waits for every worker; {@code localSense} is the worker's own one-element flag. */
	void await(final boolean[] localSense) {
		final boolean my = !localSense[0];
		localSense[0] = my;
		if (waiting.decrementAndGet() == 0) {
			waiting.set(parties);
			sense = my;
			return;
		}
		int spins = 0;
		while (sense != my) {
			if (broken) throw new IllegalStateException("another worker failed");
			if (++spins < SPINS) Thread.onSpinWait();
			else Thread.yield();
		}
	}

	/** Releases every waiter with an exception (a worker failed). */
	void breakBarrier() {
		broken = true;
	}
}

package org.neuronmodels.core.sim;

import java.util.concurrent.locks.LockSupport;

/**
 * The one fixed-step loop of every run: single-neuron runs, vectorised sweeps
 * and networks. The neurons are split into {@link Chunk}s; step k of the run is
 * step k of every chunk, and no chunk starts step k + 1 before every chunk has
 * finished step k ({@link StepScheduler}), so a result never depends on the
 * number of threads. After each step a chunk may report a numerical blow-up in
 * its {@link Chunk#fault() fault}: the loop stops after that step and throws
 * the earliest one (then the lowest chunk's).
 * <p>
 * <b>One thread</b> (a single-neuron run, a sweep block, a one-thread network):
 * the chunks run on the calling thread, which asks the monitor to cancel and
 * reports progress every {@value #CHECK_EVERY} steps, after the blow-up check
 * of that step. <b>More threads</b>: one chunk per thread, and a watcher thread
 * reports progress and asks for cancellation every {@value #WATCH_MILLIS} ms,
 * so that a slow monitor never holds up a step.
 * </p>
 */
public final class StepLoop {

	/** A contiguous block of neurons advanced by one thread at a time. */
	public interface Chunk {

		/** Work before step 0 (e.g. pre-drawing noise); may run in parallel with other chunks. */
		default void beforeRun() {}

		/** Advances the chunk through step {@code k}. */
		void step(int k);

		/** The first blow-up this chunk saw. */
		Fault fault();
	}

	/** How often (in steps) a one-thread loop reports progress and checks cancellation. */
	public static final int CHECK_EVERY = 1024;

	private static final long WATCH_MILLIS = 50;

	private final Chunk[] chunks;
	private final int threads, steps;
	private final double dt;
	private final ProgressMonitor monitor;
	private StepScheduler scheduler;
	private volatile long loopStart;
	private volatile long cancelledAt = -1;
	private volatile boolean running = true;
	private volatile Throwable failure;
	private double loopSeconds, runSeconds;

	/** A loop of {@code steps} steps of {@code dt} ms over {@code chunks} on at most {@code threads} threads. */
	public StepLoop(final Chunk[] chunks, final int threads, final int steps, final double dt,
		final ProgressMonitor monitor)
	{
		if (chunks.length == 0) throw new IllegalArgumentException("no chunks");
		this.chunks = chunks.clone();
		this.threads = Math.max(1, Math.min(threads, chunks.length));
		this.steps = steps;
		this.dt = dt;
		this.monitor = monitor;
	}

	/**
	 * Runs every step; throws {@link NumericalInstabilityException} on blow-up and
	 * {@link SimulationCancelledException} when cancelled.
	 */
	public void run() {
		final long t0 = System.nanoTime();
		if (threads == 1) runHere();
		else runThreaded();
		final long end = System.nanoTime();
		loopSeconds = (end - loopStart) / 1e9; // a division: whole nanoseconds print as such (0.042628147, not …005)
		runSeconds = (end - t0) / 1e9;
	}

	/** The wall-clock time of the steps alone (from the start of step 0), in s. */
	public double loopSeconds() {
		return loopSeconds;
	}

	/** The wall-clock time of the whole run (preparation, threads, steps), in s. */
	public double runSeconds() {
		return runSeconds;
	}

	/** The number of threads that ran the chunks. */
	public int threads() {
		return threads;
	}

	private void runHere() {
		for (final Chunk c : chunks)
			c.beforeRun();
		loopStart = System.nanoTime();
		for (int k = 0; k < steps; k++) {
			boolean fault = false;
			for (final Chunk c : chunks) {
				c.step(k);
				fault |= c.fault().isSet();
			}
			if (fault) throw firstFault();
			if ((k + 1) % CHECK_EVERY == 0) {
				if (monitor.isCancelled()) throw new SimulationCancelledException((k + 1) * dt);
				monitor.progress(k + 1, steps);
			}
		}
		monitor.progress(steps, steps);
	}

	private void runThreaded() {
		scheduler = new StepScheduler(chunks.length, threads, steps);
		final Thread[] helpers = new Thread[threads - 1];
		for (int i = 0; i < helpers.length; i++) {
			final int id = i + 1;
			helpers[i] = new Thread(() -> work(id), "step-worker-" + id);
			helpers[i].setDaemon(true);
			helpers[i].start();
		}
		final Thread watcher = monitor == ProgressMonitor.NONE ? null : new Thread(this::watch, "step-progress");
		if (watcher != null) {
			watcher.setDaemon(true);
			watcher.start();
		}
		work(0);
		running = false;
		if (watcher != null) LockSupport.unpark(watcher);
		boolean interrupted = false;
		for (final Thread h : helpers) {
			while (h.isAlive()) {
				try {
					h.join();
				}
				catch (final InterruptedException e) {
					interrupted = true;
					scheduler.stopAfter(-2);
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
			throw new SimulationCancelledException(0);
		}
		final Throwable f = failure;
		if (f instanceof RuntimeException) throw (RuntimeException) f;
		if (f instanceof Error) throw (Error) f;
		for (final Chunk c : chunks)
			if (c.fault().isSet()) throw firstFault();
		if (cancelledAt >= 0) throw new SimulationCancelledException(cancelledAt * dt);
		monitor.progress(steps, steps);
	}

	/** Thread {@code id}'s loop over the steps. */
	private void work(final int id) {
		try {
			scheduler.run(id, this::execute);
		}
		catch (final RuntimeException | Error e) {
			synchronized (this) {
				if (failure == null) failure = e;
			}
			scheduler.stopAfter(-2);
		}
	}

	private void execute(final long stepNumber, final int index) {
		final Chunk chunk = chunks[index];
		if (stepNumber < 0) {
			chunk.beforeRun();
			return;
		}
		final int k = (int) stepNumber;
		if (k == 0 && index == 0) loopStart = System.nanoTime();
		chunk.step(k);
		if (chunk.fault().isSet()) scheduler.stopAfter(k);
	}

	/** Reports progress and asks for cancellation from its own thread. */
	private void watch() {
		while (running) {
			final long k = scheduler.progress();
			if (monitor.isCancelled()) {
				cancelledAt = Math.max(0, k);
				scheduler.stopAfter(k);
				return;
			}
			if (k > 0) monitor.progress(k, steps);
			LockSupport.parkNanos(WATCH_MILLIS * 1_000_000L);
		}
	}

	/** The earliest blow-up (then the lowest chunk's), whatever the chunking. */
	private NumericalInstabilityException firstFault() {
		Fault first = null;
		for (final Chunk c : chunks) {
			final Fault f = c.fault();
			if (f.isSet() && (first == null || f.time() < first.time())) first = f;
		}
		return first.toException(dt);
	}
}

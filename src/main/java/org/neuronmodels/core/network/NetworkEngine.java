package org.neuronmodels.core.network;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/**
 * Runs a {@link Network} on a fixed number of threads, bit-identically
 * whatever that number. The neurons are split into contiguous
 * {@link NetworkChunk}s; the work of step k for one chunk is
 * <ol>
 * <li>to add the weights of the spikes of step k − 1 (all chunks, in chunk
 * order) to the synapses whose <em>target</em> is in the chunk (to the target's
 * input, or to the delay ring slot of the arrival step), then</li>
 * <li>to advance the chunk's neurons through step k (delivering the inputs due
 * now) and list the ones that spiked, in ascending order.</li>
 * </ol>
 * Each target therefore receives its inputs in the same order whatever the
 * chunks, and the steps only need to be separated from each other, which
 * {@link StepScheduler} does (one chunk per thread; a thread takes over the
 * chunk of a thread the operating system has paused). A spike during step k
 * with a delay of D steps is added at the start of step k + 1 + D. Progress
 * and cancellation go through a watcher thread, never through a step.
 */
final class NetworkEngine {

	private static final long WATCH_MILLIS = 50;

	private final Network network;
	private final TimeGrid grid;
	private final int threads;
	private final ProgressMonitor monitor;
	private final NetworkPopulation[] pops;
	private final Projection[] projs;
	private final NetworkChunk[] chunks;
	private final StepScheduler scheduler;
	private volatile long loopStart;
	private volatile long cancelledAt = -1;
	private volatile boolean running = true;
	private volatile Throwable failure;

	NetworkEngine(final Network network, final TimeGrid grid, final int threads, final long seed,
		final ProgressMonitor monitor)
	{
		this.network = network;
		this.grid = grid;
		this.threads = (int) Checks.inRange("threads", threads, 1, 256);
		this.monitor = monitor;
		final List<NetworkPopulation> list = network.populations();
		this.pops = list.toArray(new NetworkPopulation[0]);
		this.projs = network.projections().toArray(new Projection[0]);
		final int n = network.size();
		final int c = Math.min(this.threads, n);
		final int[] bounds = new int[c + 1];
		for (int i = 0; i <= c; i++)
			bounds[i] = (int) ((long) i * n / c);
		for (final NetworkPopulation p : pops)
			p.bind(p.offset, grid.dt(), grid.steps(), seed);
		allocateRings();
		for (final Projection p : projs)
			p.prepare(bounds);
		this.chunks = new NetworkChunk[c];
		for (int i = 0; i < c; i++)
			chunks[i] = new NetworkChunk(i, bounds[i], bounds[i + 1], pops, projs);
		this.scheduler = new StepScheduler(c, Math.min(this.threads, c), grid.steps());
	}

	private void allocateRings() {
		double bytes = 0;
		for (final NetworkPopulation p : pops) {
			p.ringSlots = new int[p.channels.length];
			for (final Projection pr : projs)
				if (pr.target == p && pr.usesRing()) p.ringSlots[pr.channel] = Math.max(p.ringSlots[pr.channel], pr
					.connectivity.maxDelay() + 1);
			for (final int s : p.ringSlots)
				bytes += 8.0 * s * p.n;
		}
		MemoryBudget.require(bytes, "delay", "the synaptic delay buffers");
		for (final NetworkPopulation p : pops) {
			p.ring = null;
			for (int c = 0; c < p.ringSlots.length; c++) {
				if (p.ringSlots[c] == 0) continue;
				if (p.ring == null) p.ring = new double[p.channels.length][];
				p.ring[c] = new double[p.ringSlots[c] * p.n];
			}
		}
	}

	/** Runs every step; returns the spikes and timings. */
	NetworkResult run() {
		final long t0 = System.nanoTime();
		final int helperCount = Math.min(threads, chunks.length) - 1;
		final Thread[] helpers = new Thread[helperCount];
		for (int i = 0; i < helperCount; i++) {
			final int id = i + 1;
			helpers[i] = new Thread(() -> work(id), "network-worker-" + id);
			helpers[i].setDaemon(true);
			helpers[i].start();
		}
		final Thread watcher = monitor == ProgressMonitor.NONE ? null : new Thread(this::watch, "network-progress");
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
		final long end = System.nanoTime();
		if (interrupted) {
			Thread.currentThread().interrupt();
			throw new SimulationCancelledException(0);
		}
		final Throwable f = failure;
		if (f instanceof RuntimeException) throw (RuntimeException) f;
		if (f instanceof Error) throw (Error) f;
		checkFaults();
		if (cancelledAt >= 0) throw new SimulationCancelledException(cancelledAt * grid.dt());
		monitor.progress(grid.steps(), grid.steps());
		final double loop = (end - loopStart) * 1e-9;
		final double prepare = (end - t0) * 1e-9 - loop;
		return new NetworkResult(grid, NetworkChunk.merge(chunks, network.size(), grid.dt()), network, loop, prepare,
			helperCount + 1);
	}

	/** Thread {@code id}'s loop over the steps. */
	private void work(final int id) {
		try {
			scheduler.run(id, (step, chunk) -> execute(step, chunks[chunk]));
		}
		catch (final RuntimeException | Error e) {
			synchronized (this) {
				if (failure == null) failure = e;
			}
			scheduler.stopAfter(-2);
		}
	}

	private void execute(final long stepNumber, final NetworkChunk chunk) {
		if (stepNumber < 0) {
			chunk.beforeRun();
			return;
		}
		final int k = (int) stepNumber;
		if (k == 0 && chunk.index == 0) loopStart = System.nanoTime();
		if (k > 0) chunk.propagate(chunks, k - 1);
		chunk.update(k);
		if (chunk.fault.isSet()) scheduler.stopAfter(k);
	}

	/**
	 * Reports progress and asks for cancellation every {@value #WATCH_MILLIS}
	 * ms from its own thread, so that the monitor (which may be slow: events,
	 * status bars) never holds up a step.
	 */
	private void watch() {
		while (running) {
			final long k = scheduler.progress();
			if (monitor.isCancelled()) {
				cancelledAt = Math.max(0, k);
				scheduler.stopAfter(k);
				return;
			}
			if (k > 0) monitor.progress(k, grid.steps());
			LockSupport.parkNanos(WATCH_MILLIS * 1_000_000L);
		}
	}

	/** Throws the first blow-up (the earliest, then the lowest neuron), whatever the chunking. */
	private void checkFaults() {
		Fault first = null;
		for (final NetworkChunk c : chunks) {
			final Fault f = c.fault;
			if (f.isSet() && (first == null || f.time < first.time)) first = f;
		}
		if (first != null) throw new NumericalInstabilityException(first.neuron, first.time, first.value, grid.dt());
	}
}

package org.neuronmodels.core.network;

import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/**
 * Runs a {@link Network} on a fixed number of threads, bit-identically
 * whatever that number. Neurons are split into contiguous blocks, one per
 * worker; each step has two phases separated by one barrier:
 * <ol>
 * <li>every worker advances its own neurons (delivering the inputs due now)
 * and lists the ones that spiked, in ascending order;</li>
 * <li>every worker scans all spike lists in block order and adds the weights
 * of the synapses whose <em>target</em> it owns (to the target's input, or to
 * the delay ring slot of the arrival step).</li>
 * </ol>
 * Each target therefore receives its inputs in the same order as with one
 * thread, and phase 2 of a step needs no barrier before phase 1 of the next
 * (a worker only reads inputs it wrote itself; spike lists are double-buffered).
 * A spike during step k with a delay of D steps is added at the start of
 * step k + 1 + D.
 */
final class NetworkEngine {

	private static final int CHECK_EVERY = 1024;

	private final Network network;
	private final TimeGrid grid;
	private final int threads;
	private final ProgressMonitor monitor;
	private final NetworkPopulation[] pops;
	private final Projection[] projs;
	private final int[] bounds;
	private final Worker[] workers;
	private final StepBarrier barrier;
	private final SpikeRecord record;
	private volatile boolean cancelled;

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
		final int t = Math.min(this.threads, n);
		this.bounds = new int[t + 1];
		for (int i = 0; i <= t; i++)
			bounds[i] = (int) ((long) i * n / t);
		for (final NetworkPopulation p : pops)
			p.bind(p.offset, grid.dt(), grid.steps(), seed);
		allocateRings();
		for (final Projection p : projs)
			p.prepare(bounds);
		this.workers = new Worker[t];
		for (int i = 0; i < t; i++)
			workers[i] = new Worker(i);
		this.barrier = new StepBarrier(t);
		this.record = new SpikeRecord(n);
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
		final Thread[] helpers = new Thread[workers.length - 1];
		final Throwable[] failure = new Throwable[workers.length];
		for (int i = 1; i < workers.length; i++) {
			final int id = i;
			helpers[i - 1] = new Thread(() -> {
				try {
					workers[id].runAll();
				}
				catch (final Throwable e) {
					failure[id] = e;
					barrier.breakBarrier();
				}
			}, "network-worker-" + i);
			helpers[i - 1].setDaemon(true);
			helpers[i - 1].start();
		}
		try {
			workers[0].runAll();
		}
		catch (final RuntimeException | Error e) {
			failure[0] = e;
			barrier.breakBarrier();
		}
		for (final Thread h : helpers) {
			try {
				h.join();
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new SimulationCancelledException(0);
			}
		}
		for (final Throwable f : failure)
			if (f != null && !(f instanceof IllegalStateException)) {
				if (f instanceof RuntimeException) throw (RuntimeException) f;
				throw (Error) f;
			}
		for (final Throwable f : failure)
			if (f != null) throw (RuntimeException) f;
		final double loop = workers[0].loopNanos * 1e-9;
		final double prepare = (System.nanoTime() - t0) * 1e-9 - loop;
		return new NetworkResult(grid, record, network, loop, prepare, workers.length);
	}

	/** One worker: owns global neurons {@code [lo, hi)}, both as updater and as synaptic target. */
	private final class Worker {

		final int id, lo, hi;
		final int[][] spikes = new int[2][];
		final int[] counts = new int[2];
		final Fault fault = new Fault();
		final boolean[] sense = new boolean[1];
		final int[] popFrom, popTo;
		long loopNanos;

		Worker(final int id) {
			this.id = id;
			this.lo = bounds[id];
			this.hi = bounds[id + 1];
			spikes[0] = new int[hi - lo];
			spikes[1] = new int[hi - lo];
			popFrom = new int[pops.length];
			popTo = new int[pops.length];
			for (int p = 0; p < pops.length; p++) {
				popFrom[p] = Math.max(0, Math.min(pops[p].n, lo - pops[p].offset));
				popTo[p] = Math.max(0, Math.min(pops[p].n, hi - pops[p].offset));
			}
		}

		void runAll() {
			for (int p = 0; p < pops.length; p++)
				if (popFrom[p] < popTo[p]) pops[p].beforeRun(popFrom[p], popTo[p]);
			barrier.await(id, sense);
			final long start = System.nanoTime();
			final int steps = grid.steps();
			final double dt = grid.dt();
			for (int k = 0; k < steps; k++) {
				final int parity = k & 1;
				final int[] list = spikes[parity];
				int count = 0;
				for (int p = 0; p < pops.length; p++)
					if (popFrom[p] < popTo[p]) count = pops[p].update(popFrom[p], popTo[p], k, list, count, fault);
				counts[parity] = count;
				if (id == 0 && k % CHECK_EVERY == 0) {
					if (monitor.isCancelled()) cancelled = true;
					monitor.progress(k, steps);
				}
				barrier.await(id, sense);
				if (cancelled) throw new SimulationCancelledException(k * dt);
				checkFaults(dt);
				propagate(k, parity);
				if (id == 0) {
					final double t = (k + 1) * dt;
					for (final Worker w : workers) {
						final int[] l = w.spikes[parity];
						for (int s = 0, c = w.counts[parity]; s < c; s++)
							record.add(l[s], t);
					}
				}
			}
			loopNanos = System.nanoTime() - start;
			if (id == 0) monitor.progress(steps, steps);
		}

		private void checkFaults(final double dt) {
			for (final Worker w : workers)
				if (w.fault.isSet()) throw new NumericalInstabilityException(w.fault.neuron, w.fault.time, w.fault.value,
					dt);
		}

		private void propagate(final int k, final int parity) {
			for (final Projection pr : projs) {
				final NetworkPopulation src = pr.source;
				final int s0 = src.offset, s1 = s0 + src.n;
				final int[] cutLo = pr.cut[id], cutHi = pr.cut[id + 1];
				for (final Worker w : workers) {
					final int[] l = w.spikes[parity];
					for (int s = 0, c = w.counts[parity]; s < c; s++) {
						final int g = l[s];
						if (g < s0 || g >= s1) continue;
						final int r = g - s0;
						final int a = cutLo[r], b = cutHi[r];
						if (a < b) deposit(pr, k, a, b);
					}
				}
			}
		}

		private void deposit(final Projection pr, final int k, final int a, final int b) {
			final Connectivity c = pr.connectivity;
			final double[] w = pr.arrivalWeight;
			final int[] tgt = c.target;
			final NetworkPopulation post = pr.target;
			if (c.delay != null) {
				final double[] ring = post.ring[pr.channel];
				final int slots = post.ringSlots[pr.channel], n = post.n;
				final int[] del = c.delay;
				for (int j = a; j < b; j++)
					ring[((k + 1 + del[j]) % slots) * n + tgt[j]] += w[j];
				return;
			}
			final double[] dst;
			final int base;
			if (c.uniformDelay == 0) {
				dst = post.inputArray(pr.channel);
				base = 0;
			}
			else {
				dst = post.ring[pr.channel];
				base = ((k + 1 + c.uniformDelay) % post.ringSlots[pr.channel]) * post.n;
			}
			if (pr.contiguous) {
				final int off = base + tgt[a] - a;
				for (int j = a; j < b; j++)
					dst[off + j] += w[j];
			}
			else {
				for (int j = a; j < b; j++)
					dst[base + tgt[j]] += w[j];
			}
		}
	}
}

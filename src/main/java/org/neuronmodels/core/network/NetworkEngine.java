package org.neuronmodels.core.network;

import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.StepLoop;

/**
 * Runs a {@link Network} on the shared {@link StepLoop} with a fixed number of
 * threads, bit-identically whatever that number. The neurons are split into
 * contiguous {@link NetworkChunk}s; the work of step k for one chunk is
 * <ol>
 * <li>to sample its recorded neurons (every {@code recordEvery}-th step),</li>
 * <li>to add the weights of the spikes of step k − 1 (all chunks, in chunk
 * order) to the synapses whose <em>target</em> is in the chunk (to the target's
 * input, or to the delay ring slot of the arrival step), then</li>
 * <li>to advance the chunk's neurons through step k (delivering the inputs due
 * now) and list the ones that spiked, in ascending order.</li>
 * </ol>
 * Each target therefore receives its inputs in the same order whatever the
 * chunks, and the steps only need to be separated from each other, which the
 * loop's scheduler does. A spike during step k with a delay of D steps is
 * added at the start of step k + 1 + D. Blow-up, progress and cancellation are
 * the loop's.
 */
final class NetworkEngine {

	private final Network network;
	private final TimeGrid grid;
	private final NetworkPopulation[] pops;
	private final Projection[] projs;
	private final NetworkChunk[] chunks;
	private final NetworkRecorder recorder;
	private final StepLoop loop;

	NetworkEngine(final Network network, final TimeGrid grid, final int threads, final long seed,
		final Recording recording, final ProgressMonitor monitor)
	{
		this.network = network;
		this.grid = grid;
		final int t = (int) Checks.inRange("threads", threads, 1, 256);
		final List<NetworkPopulation> list = network.populations();
		this.pops = list.toArray(new NetworkPopulation[0]);
		this.projs = network.projections().toArray(new Projection[0]);
		final int n = network.size();
		recording.checkAgainst(n);
		this.recorder = new NetworkRecorder(pops, recording, grid.steps(), grid.dt());
		final int c = Math.min(t, n);
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
		for (final NetworkChunk chunk : chunks)
			chunk.join(chunks, recorder.part(chunk.lo, chunk.hi));
		this.loop = new StepLoop(chunks, t, grid.steps(), grid.dt(), withRate(monitor, n, grid.dt()));
	}

	/** {@code monitor}, told the mean rate so far with each progress report. */
	private ProgressMonitor withRate(final ProgressMonitor monitor, final int n, final double dt) {
		if (monitor == null || monitor == ProgressMonitor.NONE) return monitor;
		return new ProgressMonitor.Forwarding(monitor) {

			@Override
			public void progress(final long done, final long total) {
				long spikes = 0;
				for (final NetworkChunk c : chunks)
					spikes += c.spikesSoFar();
				if (done > 0) to.note(String.format(java.util.Locale.ROOT, "mean rate %.2f Hz so far", spikes /
					(n * done * dt / 1000)));
				to.progress(done, total);
			}
		};
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

	/** Runs every step; returns the spikes, the recorded traces and timings. */
	NetworkResult run() {
		loop.run();
		final double loopSeconds = loop.loopSeconds();
		return new NetworkResult(grid, NetworkChunk.merge(chunks, network.size(), grid.dt()), recorder,
			network, loopSeconds, loop.runSeconds() - loopSeconds, loop.threads());
	}
}

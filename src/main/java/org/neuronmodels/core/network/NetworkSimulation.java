package org.neuronmodels.core.network;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.ProgressMonitor;

/** Runs a network: the scripting-friendly entry point of the network engine. */
public final class NetworkSimulation {

	private NetworkSimulation() {}

	/**
	 * Runs {@code network} for {@code duration} ms with step {@code dt} on
	 * {@code threads} threads (exactly, up to one per neuron; see
	 * {@link #threadsWorthUsing} for how many pay); {@code seed} drives all per-neuron randomness
	 * (Poisson input, noise). The result is bit-identical for any thread count.
	 * A network can be run once.
	 */
	public static NetworkResult run(final Network network, final double duration, final double dt,
		final int threads, final long seed, final ProgressMonitor monitor)
	{
		return run(network, duration, dt, threads, seed, Recording.spikesOnly(), monitor);
	}

	/**
	 * The same, recording the traces of {@code recording}'s neurons (global
	 * indices) every {@code recording.every()} steps; spikes are always exact.
	 */
	public static NetworkResult run(final Network network, final double duration, final double dt,
		final int threads, final long seed, final Recording recording, final ProgressMonitor monitor)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		if (network.size() == 0) throw new IllegalArgumentException("the network has no neurons");
		if (monitor != null) monitor.phase("simulating", grid.dt(), "ms");
		return new NetworkEngine(network, grid, threads, seed, recording, monitor).run();
	}

	/** Per-step work below which a second thread costs more (meeting once per step) than it saves, in ns. */
	static final double MIN_STEP_NANOS = 10_000;
	/**
	 * Work of the whole loop below which a second thread does not pay: while the
	 * JIT still compiles, threads spinning at the step barrier take the cores it
	 * needs (measured on 2 cores: COBAHH with 1000 neurons, 0.18 s on one thread,
	 * is no faster on two, COBA with 4000, 0.32 s, is 1.4 times faster), in ns.
	 */
	static final double MIN_LOOP_NANOS = 0.25e9;
	/** Work per chunk and step below which a further chunk is not worth it, in ns. */
	static final double MIN_CHUNK_NANOS = 5_000;
	/** The firing rate assumed to estimate the synaptic work before the run, in spikes per ms (10 Hz). */
	static final double ASSUMED_RATE = 0.01;

	/**
	 * How many of at most {@code maxThreads} threads are worth using for
	 * {@code network} over {@code duration} ms at step {@code dt} ms: one for
	 * small or short runs, up to {@code maxThreads} for large ones. The estimate
	 * is the neurons' step cost (with their Poisson drives) plus one ns per synaptic event at an assumed
	 * {@value #ASSUMED_RATE} spikes/ms. The result never depends on it (the
	 * run is bit-identical for any thread count); only the speed does.
	 */
	public static int threadsWorthUsing(final Network network, final double duration, final double dt,
		final int maxThreads)
	{
		double stepNanos = 0, synapses = 0;
		for (final NetworkPopulation p : network.populations())
			stepNanos += p.stepNanos();
		for (final Projection p : network.projections())
			synapses += p.connectivity.synapseCount();
		stepNanos += synapses * ASSUMED_RATE * dt;
		final double steps = Math.max(1, Math.ceil(duration / dt));
		if (maxThreads <= 1 || stepNanos < MIN_STEP_NANOS || stepNanos * steps < MIN_LOOP_NANOS) return 1;
		return (int) Math.max(2, Math.min(Math.min(maxThreads, network.size()), stepNanos / MIN_CHUNK_NANOS));
	}
}

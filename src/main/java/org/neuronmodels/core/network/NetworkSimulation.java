package org.neuronmodels.core.network;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.ProgressMonitor;

/** Runs a network: the scripting-friendly entry point of the network engine. */
public final class NetworkSimulation {

	private NetworkSimulation() {}

	/**
	 * Runs {@code network} for {@code duration} ms with step {@code dt} on
	 * {@code threads} threads; {@code seed} drives all per-neuron randomness
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
}

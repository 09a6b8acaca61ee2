package org.neuronmodels.service;

import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.network.NetworkWarmup;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * One spiking network, set up fluently and run:
 * {@code neuron.network("CUBA").neurons(1000).duration(200).seed(1).run()}.
 * Unset values are the preset's (resolved when the network is built); the
 * same seed gives the same spikes on any thread count. Every other setting
 * of the Spiking Network command is a field of {@link #settings()}.
 */
public final class NetworkRun {

	private NetworkSettings settings = new NetworkSettings();
	private ProgressMonitor monitor = ProgressMonitor.NONE;

	NetworkRun(final String preset) {
		settings.preset = NetworkPreset.fromLabel(preset);
	}

	/** The number of neurons (0: the preset's). */
	public NetworkRun neurons(final int count) {
		settings.neurons = count;
		return this;
	}

	/** The simulated time in ms. */
	public NetworkRun duration(final double ms) {
		settings.duration = ms;
		return this;
	}

	/** The time step in ms. */
	public NetworkRun dt(final double ms) {
		settings.dt = ms;
		return this;
	}

	/** The random seed of connectivity, initial states and Poisson input. */
	public NetworkRun seed(final long value) {
		settings.seed = value;
		return this;
	}

	/** The number of threads (results do not depend on it). */
	public NetworkRun threads(final int count) {
		settings.threads = count;
		return this;
	}

	/** Uses {@code all} instead (e.g. the Spiking Network command's inputs); the preset given here is replaced. */
	public NetworkRun settings(final NetworkSettings all) {
		settings = all;
		return this;
	}

	/** The settings as set so far (fields may be changed before the network is built). */
	public NetworkSettings settings() {
		return settings;
	}

	/** Reports progress to and is cancelled by {@code progress}. */
	public NetworkRun monitor(final ProgressMonitor progress) {
		monitor = progress == null ? ProgressMonitor.NONE : progress;
		return this;
	}

	/** The settings resolved against the preset (the values a run uses). */
	public NetworkSettings resolved() {
		return settings.resolve();
	}

	/** Builds the network (connectivity, initial states) of the resolved settings. */
	public Network build() {
		return NetworkWarmup.build(resolved(), monitor);
	}

	/** Builds and runs the network. */
	public NetworkResult run() {
		return run(build());
	}

	/** Runs {@code network} (built by {@link #build()}) with the duration, dt, threads and seed of the resolved settings. */
	public NetworkResult run(final Network network) {
		final NetworkSettings s = resolved();
		return NetworkSimulation.run(network, s.duration, s.dt, s.threads, s.seed, s.recording(network.size()), monitor);
	}
}

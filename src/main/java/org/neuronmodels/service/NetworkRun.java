package org.neuronmodels.service;

import java.util.function.Consumer;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.check.AccuracyCheck;
import org.neuronmodels.core.check.BlowUpDiagnosis;
import org.neuronmodels.core.check.NumericalChecks;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.network.NetworkWarmup;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

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

	/** Custom networks of model "Equation": the neurons are the equation model of {@code model} ({@code neuron.equations(…)}). */
	public NetworkRun equations(final ModelRun model) {
		settings.equation = model.equationSpec();
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

	/**
	 * Builds and runs the network.
	 *
	 * @throws InvalidParameterException before the run, naming the setting
	 * @throws NumericalInstabilityException if the run blows up
	 * @throws SimulationCancelledException if the {@link #monitor} cancels the run
	 */
	public NetworkResult run() throws InvalidParameterException, NumericalInstabilityException,
		SimulationCancelledException
	{
		return run(build());
	}

	/**
	 * Runs {@code network} (built by {@link #build()}), then the numerical checks ({@code core.check}): a
	 * blow-up is explained (step or weights), doubts about the result go to {@code warn}.
	 * {@code publishedStep}: a network at its published step, the reference however dt-dependent (no dt/2
	 * rerun).
	 */
	public NetworkResult runChecked(final Network network, final boolean publishedStep,
		final Consumer<String> warn)
	{
		final NetworkSettings s = settings;
		final String weights = "the weights (excitatoryWeight = " + Checks.fmt(s.excitatoryWeight) +
			", inhibitoryWeight = " + Checks.fmt(s.inhibitoryWeight) + " " + s.preset.weightUnit + ")";
		final AccuracyCheck.Rerun rerun = (dt, duration) -> {
			final NetworkSettings c = s.resolve();
			c.dt = dt;
			c.duration = duration;
			c.recordNeurons = ""; // spikes only: the check compares spike trains
			return new NetworkRun(c.preset.label()).settings(c).monitor(checking(monitor)).run().spikes();
		};
		final NetworkResult r;
		try {
			r = run(network);
		}
		catch (final NumericalInstabilityException e) {
			throw BlowUpDiagnosis.explain(e, s.dt, weights, rerun);
		}
		NumericalChecks.network(r.spikes(), s.dt, r.grid().duration(), weights, rerun, !publishedStep).forEach(warn);
		return r;
	}

	/** {@code monitor}, its phases named as the accuracy check's (the rerun at a smaller dt). */
	private static ProgressMonitor checking(final ProgressMonitor monitor) {
		return new ProgressMonitor.Forwarding(monitor) {

			@Override
			public void phase(final String name, final double unitsPerWork, final String unit) {
				to.phase("accuracy check (rerun at a smaller dt): " + name, unitsPerWork, unit);
			}
		};
	}

	/**
	 * Runs {@code network} (built by {@link #build()}) with the duration, dt, seed
	 * and at most the threads of the resolved settings (as many as the network is
	 * worth: {@link NetworkSimulation#threadsWorthUsing}).
	 */
	public NetworkResult run(final Network network) {
		final NetworkSettings s = resolved();
		final int threads = NetworkSimulation.threadsWorthUsing(network, s.duration, s.dt, s.threads);
		return NetworkSimulation.run(network, s.duration, s.dt, threads, s.seed, s.recording(network.size()), monitor);
	}
}

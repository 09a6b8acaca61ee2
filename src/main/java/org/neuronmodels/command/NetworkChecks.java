package org.neuronmodels.command;

import java.util.function.Consumer;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.check.AccuracyCheck;
import org.neuronmodels.core.check.BlowUpDiagnosis;
import org.neuronmodels.core.check.NumericalChecks;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.service.NeuronModelsService;

/** A network run followed by the numerical checks (core.check): blow-ups explained, doubts as warnings. */
final class NetworkChecks {

	private NetworkChecks() {}

	/**
	 * Runs {@code network} (built from {@code s}), then checks it; warnings go
	 * to {@code warn}. {@code publishedStep}: the Izhikevich (2003) network at its
	 * published 1 ms step, the reference however dt-dependent (no dt/2 rerun).
	 */
	static NetworkResult run(final NeuronModelsService neuron, final Network network, final NetworkSettings s,
		final ProgressMonitor monitor, final boolean publishedStep, final Consumer<String> warn)
	{
		final String weights = "the weights (excitatoryWeight = " + Checks.fmt(s.excitatoryWeight) +
			", inhibitoryWeight = " + Checks.fmt(s.inhibitoryWeight) + " " + s.preset.weightUnit + ")";
		final AccuracyCheck.Rerun rerun = (dt, duration) -> {
			final NetworkSettings c = s.resolve();
			c.dt = dt;
			c.duration = duration;
			c.recordNeurons = ""; // spikes only: the check compares spike trains
			return neuron.network(c.preset.label()).settings(c).monitor(checking(monitor)).run().spikes();
		};
		final NetworkResult r;
		try {
			r = neuron.network(s.preset.label()).settings(s).monitor(monitor).run(network);
		}
		catch (final NumericalInstabilityException e) {
			throw BlowUpDiagnosis.explain(e, s.dt, weights, rerun);
		}
		NumericalChecks.network(r.spikes(), s.dt, r.grid().duration(), weights, rerun, !publishedStep).forEach(warn);
		return r;
	}

	/** {@code monitor}, its phases named as the accuracy check's (the rerun at a smaller dt). */
	private static ProgressMonitor checking(final ProgressMonitor monitor) {
		return new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {
				monitor.progress(done, total);
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCancelled();
			}

			@Override
			public void phase(final String name, final double unitsPerWork, final String unit) {
				monitor.phase("accuracy check (rerun at a smaller dt): " + name, unitsPerWork, unit);
			}

			@Override
			public void note(final String text) {
				monitor.note(text);
			}
		};
	}
}

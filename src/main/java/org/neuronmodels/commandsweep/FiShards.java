package org.neuronmodels.commandsweep;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import org.neuronmodels.cluster.ClusterRun;
import org.neuronmodels.cluster.PartComputer;
import org.neuronmodels.cluster.ShardKind;
import org.neuronmodels.cluster.ShardPart;
import org.neuronmodels.cluster.SlurmSettings;
import org.neuronmodels.cluster.SweepSpec;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.FiCurrents;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiProtocol;
import org.neuronmodels.core.sweep.FiRates;
import org.neuronmodels.core.sweep.FiSink;
import org.neuronmodels.core.sweep.FiStream;
import org.neuronmodels.core.sweep.FiSummary;
import org.neuronmodels.core.sweep.FiSweep;
import org.neuronmodels.plot.Envelope;

/**
 * The f–I Curve on a SLURM cluster: each shard simulates its range of the
 * currents (one population, as locally; every neuron is independent, so each
 * rate is bit for bit the local one); after the merge the rheobase bisection
 * and the theory run here, on the submitting computer, as in a local run.
 * The inputs are the f-I Curve command's, by field name, as text.
 */
public final class FiShards implements ShardKind {

	/** The kind of sweep in a spec file. */
	public static final String KIND = "fi";

	/** What an f–I run computes, from its inputs (checked). */
	private static final class Work {

		ModelSetup setup;
		FiProtocol protocol;
		FiCurrents currents;
		boolean interpolate;
		double min, max;
	}

	/** The kind (found by {@link java.util.ServiceLoader}). */
	public FiShards() {}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public PartComputer computer(final Map<String, String> inputs) {
		final Work w = work(inputs);
		return (from, to, threads, part, monitor) -> {
			final FiRates r = FiSweep.simulate(w.setup, w.currents.range(from, to), w.protocol,
				w.interpolate, monitor);
			part.array("rates", r.rates()).array("interpolatedRates", r.interpolatedRates()).array("spikeCounts", Arrays
				.stream(r.spikeCounts()).asDoubleStream().toArray());
		};
	}

	/**
	 * Runs the f–I curve of {@code inputs} on SLURM (the first current is simulated here first, as a
	 * check); null if it was submitted without waiting ({@code log} says how to collect).
	 */
	public static FiCurve run(final Map<String, String> inputs, final SlurmSettings settings,
		final Consumer<String> log, final ProgressMonitor monitor)
	{
		final Work w = work(inputs);
		final ClusterRun run = cluster(w, inputs, settings, log, monitor);
		final ClusterRun.Outcome o = run.run(ClusterSweep.LAUNCHER, monitor);
		if (!o.complete()) return null;
		final int n = w.currents.size();
		final double[] rates = new double[n];
		final double[] interpolated = w.interpolate ? new double[n] : null;
		final int[] counts = new int[n];
		for (final ShardPart p : o.parts()) {
			final FiRates r = rates(p);
			System.arraycopy(r.rates(), 0, rates, p.from(), p.to() - p.from());
			if (interpolated != null) System.arraycopy(r.interpolatedRates(), 0, interpolated, p.from(), p.to() -
				p.from());
			System.arraycopy(r.spikeCounts(), 0, counts, p.from(), p.to() - p.from());
		}
		final FiCurve curve = FiCurve.fromRates(w.setup, w.protocol, w.currents.range(0, n), new FiRates(rates,
			interpolated, counts), w.min, w.max, monitor);
		run.finish();
		return curve;
	}

	/**
	 * As {@link #run}, for a big run: the parts are merged one at a time (read from the work directory when
	 * their turn comes), every row goes to {@code rows} in current order, and only the scalars and the
	 * decimated curves are kept (the rheobase searched here). Null if submitted without waiting.
	 */
	public static FiSummary runStreamed(final Map<String, String> inputs, final SlurmSettings settings,
		final Consumer<String> log, final FiSink rows, final ProgressMonitor monitor)
	{
		final Work w = work(inputs);
		final ClusterRun run = cluster(w, inputs, settings, log, monitor);
		final ClusterRun.Outcome o = run.run(ClusterSweep.LAUNCHER, monitor);
		if (!o.complete()) return null;
		final Iterable<FiRates> parts = () -> o.parts().stream().map(FiShards::rates).iterator();
		final FiSummary summary = FiStream.of(w.setup, w.protocol, w.min, w.max, w.currents.size(), w.interpolate)
			.columns(Envelope.COLUMNS).merge(parts, rows, monitor);
		run.finish();
		return summary;
	}

	/** The run of {@code w} on SLURM, after the first current is simulated here as a check. */
	private static ClusterRun cluster(final Work w, final Map<String, String> inputs, final SlurmSettings settings,
		final Consumer<String> log, final ProgressMonitor monitor)
	{
		FiSweep.simulate(w.setup, w.currents.range(0, 1), w.protocol, w.interpolate, monitor);
		final int n = w.currents.size();
		final String grid = "currents " + Checks.fmt(w.min) + " … " + Checks.fmt(w.max) + " " + w.setup.model()
			.currentUnit() + ", " + n + " steps";
		final SweepSpec spec = SweepSpec.of(KIND, "f-I Curve", inputs, grid, null, n, settings.shardsFor(n));
		return new ClusterRun(spec, settings, log);
	}

	/** The rates a part holds. */
	private static FiRates rates(final ShardPart p) {
		final double[] k = p.array("spikeCounts");
		final int[] counts = new int[k.length];
		for (int i = 0; i < k.length; i++)
			counts[i] = (int) k[i];
		return new FiRates(p.array("rates"), p.array("interpolatedRates"), counts);
	}

	private static Work work(final Map<String, String> in) {
		final Work w = new Work();
		w.setup = ModelSetup.of(in.get("model"), in.get("preset"), in.get("modelParameters"), number(in, "dt"), in.get(
			"integrator"));
		w.protocol = FiProtocol.of(in.get("stimulus"), number(in, "duration"), number(in, "stimStart"), number(in,
			"stimStop"));
		w.protocol.grid(w.setup.dt());
		w.min = number(in, "currentMin");
		w.max = number(in, "currentMax");
		w.currents = FiCurrents.of(w.min, w.max, (int) number(in, "currentSteps"), w.setup.model().currentUnit());
		w.interpolate = Boolean.parseBoolean(in.get("interpolateSpikes"));
		return w;
	}

	private static double number(final Map<String, String> in, final String name) {
		final String v = in.get(name);
		if (v == null) throw new IllegalArgumentException("the f-I inputs have no " + name);
		return Double.parseDouble(v);
	}
}

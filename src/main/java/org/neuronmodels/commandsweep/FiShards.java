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
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiProtocol;
import org.neuronmodels.core.sweep.FiRates;
import org.neuronmodels.core.sweep.FiSweep;

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
		double[] currents;
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
			final FiRates r = FiSweep.simulate(w.setup, Arrays.copyOfRange(w.currents, from, to), w.protocol,
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
		FiSweep.simulate(w.setup, Arrays.copyOf(w.currents, 1), w.protocol, w.interpolate, monitor);
		final int n = w.currents.length;
		final String grid = "currents " + Checks.fmt(w.min) + " … " + Checks.fmt(w.max) + " " + w.setup.model()
			.currentUnit() + ", " + n + " steps";
		final SweepSpec spec = SweepSpec.of(KIND, "f-I Curve", inputs, grid, null, n, settings.shardsFor(n));
		final ClusterRun run = new ClusterRun(spec, settings, log);
		final ClusterRun.Outcome o = run.run(ClusterSweep.LAUNCHER, monitor);
		if (!o.complete()) return null;
		final double[] rates = new double[n];
		final double[] interpolated = w.interpolate ? new double[n] : null;
		final int[] counts = new int[n];
		for (final ShardPart p : o.parts()) {
			System.arraycopy(p.array("rates"), 0, rates, p.from(), p.to() - p.from());
			if (interpolated != null) System.arraycopy(p.array("interpolatedRates"), 0, interpolated, p.from(), p.to() -
				p.from());
			final double[] k = p.array("spikeCounts");
			for (int i = 0; i < k.length; i++)
				counts[p.from() + i] = (int) k[i];
		}
		final FiCurve curve = FiCurve.fromRates(w.setup, w.protocol, w.currents, new FiRates(rates, interpolated,
			counts), w.min, w.max, monitor);
		run.finish();
		return curve;
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
		w.currents = FiSweep.currents(w.min, w.max, (int) number(in, "currentSteps"), w.setup.model().currentUnit());
		w.interpolate = Boolean.parseBoolean(in.get("interpolateSpikes"));
		return w;
	}

	private static double number(final Map<String, String> in, final String name) {
		final String v = in.get(name);
		if (v == null) throw new IllegalArgumentException("the f-I inputs have no " + name);
		return Double.parseDouble(v);
	}
}

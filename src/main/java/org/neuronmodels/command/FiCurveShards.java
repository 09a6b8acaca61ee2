package org.neuronmodels.command;

import java.util.Arrays;
import java.util.Map;

import org.neuronmodels.cluster.ClusterRun;
import org.neuronmodels.cluster.PartComputer;
import org.neuronmodels.cluster.SlurmSettings;
import org.neuronmodels.cluster.SweepSpec;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.core.sweep.FiProtocol;
import org.neuronmodels.core.sweep.FiRates;
import org.neuronmodels.core.sweep.FiSweep;
import org.neuronmodels.module.KeyValueInputs;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;

/**
 * The f–I Curve on a SLURM cluster: each shard simulates its range of the
 * currents (one population, as locally; every neuron is independent, so each
 * rate is bit for bit the local one); after the merge the rheobase bisection
 * and the theory run here, on the submitting computer, as in a local run.
 */
public final class FiCurveShards {

	/** The kind of sweep in a spec file. */
	public static final String KIND = "fi";

	/** What an f–I run computes, from the command's inputs (checked). */
	private static final class Work {

		ModelSetup setup;
		FiProtocol protocol;
		double[] currents;
		boolean interpolate;
	}

	private FiCurveShards() {}

	/** Runs the command's f–I curve on SLURM; null if it was submitted without waiting (the log says how to collect). */
	static FiCurve run(final FiCurveCommand c, final SlurmSettings settings, final ProgressMonitor monitor) {
		final Work w = work(c);
		FiSweep.simulate(w.setup, Arrays.copyOf(w.currents, 1), w.protocol, w.interpolate, monitor);
		final int n = w.currents.length;
		final String grid = "currents " + Checks.fmt(c.currentMin) + " … " + Checks.fmt(c.currentMax) + " " + w.setup
			.model().currentUnit() + ", " + n + " steps";
		final SweepSpec spec = SweepSpec.of(KIND, "f-I Curve", c.inputTexts(), grid, null, n, settings.shardsFor(n));
		final LogService log = c.context().getService(LogService.class);
		final ClusterRun run = new ClusterRun(spec, settings, line -> {
			if (log != null) log.info("neuron-models: " + line);
		});
		final ClusterRun.Outcome o = run.run("org.neuronmodels.app.NeuronModelsLauncher", monitor);
		if (!o.complete()) return null;
		final double[] rates = new double[n];
		final double[] interpolated = w.interpolate ? new double[n] : null;
		final int[] counts = new int[n];
		for (final org.neuronmodels.cluster.ShardPart p : o.parts()) {
			System.arraycopy(p.array("rates"), 0, rates, p.from(), p.to() - p.from());
			if (interpolated != null) System.arraycopy(p.array("interpolatedRates"), 0, interpolated, p.from(), p.to() -
				p.from());
			final double[] k = p.array("spikeCounts");
			for (int i = 0; i < k.length; i++)
				counts[p.from() + i] = (int) k[i];
		}
		final FiCurve curve = FiCurve.fromRates(w.setup, w.protocol, w.currents, new FiRates(rates, interpolated,
			counts), c.currentMin, c.currentMax, monitor);
		run.finish();
		return curve;
	}

	/** The computer of a shard of the f–I run whose spec inputs are {@code inputs} (the command's, as text). */
	public static PartComputer computer(final Context context, final Map<String, String> inputs) {
		final CommandInfo info = context.service(CommandService.class).getCommand(FiCurveCommand.class);
		final Module module = context.service(ModuleService.class).createModule(info);
		final KeyValueInputs convert = new KeyValueInputs(context.service(ParseService.class), context.service(
			ConvertService.class));
		for (final Map.Entry<String, String> e : inputs.entrySet()) {
			final ModuleItem<?> item = info.getInput(e.getKey());
			if (item == null) throw new IllegalArgumentException("the f-I Curve has no input " + e.getKey());
			module.setInput(e.getKey(), convert.convert(item, e.getValue()));
		}
		final Work w = work((FiCurveCommand) module.getDelegateObject());
		return (from, to, threads, part, monitor) -> {
			final FiRates r = FiSweep.simulate(w.setup, Arrays.copyOfRange(w.currents, from, to), w.protocol,
				w.interpolate, monitor);
			part.array("rates", r.rates()).array("interpolatedRates", r.interpolatedRates()).array("spikeCounts", Arrays
				.stream(r.spikeCounts()).asDoubleStream().toArray());
		};
	}

	private static Work work(final FiCurveCommand c) {
		final Work w = new Work();
		w.setup = ModelSetup.of(c.model, c.preset, c.modelParameters, c.dt, c.integrator);
		w.protocol = FiProtocol.of(c.stimulus, c.duration, c.stimStart, c.stimStop);
		w.protocol.grid(w.setup.dt());
		w.currents = FiSweep.currents(c.currentMin, c.currentMax, c.currentSteps, w.setup.model().currentUnit());
		w.interpolate = c.interpolateSpikes;
		return w;
	}
}

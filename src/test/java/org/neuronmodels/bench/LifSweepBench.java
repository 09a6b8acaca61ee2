package org.neuronmodels.bench;

import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.core.sweep.LifSweep;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.commandsweep.SweepOutcome;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * Times a 100 × 100 LIF sweep (tauM 5 … 50 ms log × amplitude 1 … 4 nA, a step
 * over 1 s at dt = 0.1 ms: 10⁴ neurons × 10⁴ steps) as one vectorised
 * population, from the core and through the scripting API, and, for scale,
 * 100 points of it as one command run per point. Not a test: run its main,
 * e.g. {@code java -cp target/classes:target/test-classes:<deps> org.neuronmodels.bench.LifSweepBench [threads]}.
 */
public final class LifSweepBench {

	private LifSweepBench() {}

	/** Prints the times; {@code args[0]}: threads (default: all processors). */
	public static void main(final String[] args) {
		System.setProperty("java.awt.headless", "true");
		final int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
		final LifSweep.Settings s = new LifSweep.Settings();
		s.duration = 1000;
		s.stimulus.kind = StimulusKind.STEP;
		s.stimulus.stimStart = 100;
		s.stimulus.stimStop = 900;
		final SweepGrid grid = SweepGrid.of(SweepAxis.parse("tauM", "values1", "5, 50, 100, Log"), SweepAxis.parse(
			"amplitude", "values2", "1, 4, 100"));
		for (int rep = 0; rep < 3; rep++) {
			final long t0 = System.nanoTime();
			final SweepResult r = LifSweep.run(s, grid, grid.picks(3), threads, ProgressMonitor.NONE);
			System.out.printf("core LifSweep, 100 x 100 points, %d threads: %.2f s (%s, max rate %.1f Hz)%n", threads,
				(System.nanoTime() - t0) / 1e9, r.method(), max(r.values("firingRate")));
		}
		try (Context context = new Context(CommandService.class, NeuronModelsService.class)) {
			final NeuronModelsService neuron = context.service(NeuronModelsService.class);
			long t0 = System.nanoTime();
			final SweepOutcome all = neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 50, 100, Log").vary(
				"amplitude", "1, 4, 100").fixed("duration=1000, stimStart=100, stimStop=900").threads(threads).run();
			all.table();
			all.heatmap();
			all.traces();
			System.out.printf("service sweep (population) with table, heatmap, traces, 100 x 100: %.2f s%n", (System
				.nanoTime() - t0) / 1e9);
			t0 = System.nanoTime();
			neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 50, 10, Log").vary("amplitude", "1, 4, 10").fixed(
				"duration=1000, stimStart=100, stimStop=900").threads(threads).vectorize(false).traces(0).run();
			final double perPoint = (System.nanoTime() - t0) / 1e9;
			System.out.printf("one command run per point, 10 x 10: %.2f s (100 x 100 would take ~%.0f s)%n", perPoint,
				perPoint * 100);
		}
	}

	private static double max(final double[] v) {
		double m = Double.NEGATIVE_INFINITY;
		for (final double x : v)
			m = Math.max(m, x);
		return m;
	}
}

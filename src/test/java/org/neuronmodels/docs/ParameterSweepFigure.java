package org.neuronmodels.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.app.ChartFiles;
import org.neuronmodels.command.ParameterSweepCommand;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Renders the figures of plugins-docs/parameter-sweep.md from the command's
 * defaults: {@code parameter-sweep-traces.png} (the grid of voltage traces) and
 * {@code parameter-sweep-chart.png} (firing rate against τ_m, one line per
 * current). Run its main from the project directory (optionally with an
 * output directory).
 */
public final class ParameterSweepFigure {

	private ParameterSweepFigure() {}

	/** Writes the figures into {@code args[0]} (default plugins-docs/images). */
	public static void main(final String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		final Path dir = Paths.get(args.length > 0 ? args[0] : "plugins-docs/images");
		Files.createDirectories(dir);
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			final Module m = Commands.run(context, ParameterSweepCommand.class, Collections.emptyMap());
			final String reason = Commands.cancelReason(m);
			if (reason != null) throw new IllegalStateException(reason);
			ChartFiles.save((JFreeChart) m.getOutput("traceChart"), dir.resolve("parameter-sweep-traces.png"));
			ChartFiles.save((JFreeChart) m.getOutput("chart"), dir.resolve("parameter-sweep-chart.png"));
			System.out.println("wrote " + dir.resolve("parameter-sweep-traces.png") + " and " + dir.resolve(
				"parameter-sweep-chart.png") + " (" + m.getOutput("method") + ")");
		}
		finally {
			context.dispose();
		}
	}
}

package org.neuronmodels.docs;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.neuronmodels.command.AdExCommand;
import org.neuronmodels.core.adex.AdExPreset;
import org.neuronmodels.plot.TraceChart;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Renders {@code plugins-docs/images/adex-presets.png}: the voltage of every
 * AdEx preset under its published step current (from 20 ms, 500 ms runs), one
 * panel each, each run by the AdEx command itself. A composite the launcher
 * cannot draw (the single-run figures come from {@code plugins-docs/make-figures.sh}).
 * Run from the project root with the test class path (argument: output file).
 */
public final class AdExPresetsFigure {

	private AdExPresetsFigure() {}

	/** Writes the PNG to {@code args[0]} (default {@code plugins-docs/images/adex-presets.png}). */
	public static void main(final String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File file = new File(args.length > 0 ? args[0] : "plugins-docs/images/adex-presets.png");
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			final TraceChart chart = TraceChart.create("AdEx firing patterns (Naud et al. 2008, Table 1)",
				"Time (ms)");
			for (final AdExPreset p : AdExPreset.values()) {
				final Map<String, Object> in = new HashMap<>();
				in.put("preset", p.label());
				in.put("duration", 500.0);
				in.put("stimStart", 20.0);
				in.put("stimStop", 500.0);
				final Module m = Commands.run(context, AdExCommand.class, in);
				final String reason = Commands.cancelReason(m);
				if (reason != null) throw new IllegalStateException(reason);
				chart.panel(p.label() + " (" + p.figure() + ")", 1).series(p.label(), (double[]) m.getOutput("time"),
					(double[]) m.getOutput("voltage"));
			}
			final JFreeChart built = chart.build();
			ChartUtils.saveChartAsPNG(file, built, 900, 1500);
			System.out.println("wrote " + file);
		}
		finally {
			context.dispose();
		}
	}
}

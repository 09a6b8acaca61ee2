package org.neuronmodels.docs;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.neuronmodels.command.AdExCommand;
import org.neuronmodels.command.ExpIfCommand;
import org.neuronmodels.core.adex.AdExPreset;
import org.neuronmodels.plot.TraceChart;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Renders the figures of {@code plugins-docs/exponential-integrate-and-fire.md}
 * and {@code plugins-docs/adex.md} by running the commands themselves. Run with
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.neuronmodels.docs.ExpIfAdExFigures} from the project
 * root (argument: output folder, default {@code plugins-docs/images}).
 */
public final class ExpIfAdExFigures {

	private ExpIfAdExFigures() {}

	/** Writes the PNGs into {@code args[0]} (default {@code plugins-docs/images}). */
	public static void main(final String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File dir = new File(args.length > 0 ? args[0] : "plugins-docs/images");
		if (!dir.isDirectory() && !dir.mkdirs()) throw new IOException("cannot create " + dir);
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			final Module expIf = Commands.run(context, ExpIfCommand.class, new HashMap<>());
			System.out.println("ExpIF defaults: " + expIf.getOutput("spikeCount") + " spikes at " +
				java.util.Arrays.toString((double[]) expIf.getOutput("spikeTimes")) + " ms");
			save((JFreeChart) expIf.getOutput("chart"), new File(dir, "exponential-integrate-and-fire.png"), 900, 560);
			final Module adex = Commands.run(context, AdExCommand.class, new HashMap<>());
			System.out.println("AdEx defaults: " + adex.getOutput("spikeCount") + " spikes at " +
				java.util.Arrays.toString((double[]) adex.getOutput("spikeTimes")) + " ms");
			save((JFreeChart) adex.getOutput("chart"), new File(dir, "adex.png"), 900, 680);
			save(presets(context), new File(dir, "adex-presets.png"), 900, 1500);
		}
		finally {
			context.dispose();
		}
	}

	/** The voltage of every preset under its published step (from 20 ms), one panel each. */
	private static JFreeChart presets(final Context context) {
		final TraceChart chart = TraceChart.create("AdEx firing patterns (Naud et al. 2008, Table 1)", "Time (ms)");
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
		return chart.build();
	}

	private static void save(final JFreeChart chart, final File file, final int width, final int height)
		throws IOException
	{
		ChartUtils.saveChartAsPNG(file, chart, width, height);
		System.out.println("wrote " + file);
	}
}

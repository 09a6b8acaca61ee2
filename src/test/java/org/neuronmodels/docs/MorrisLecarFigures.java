package org.neuronmodels.docs;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.neuronmodels.command.FiCurveCommand;
import org.neuronmodels.command.MorrisLecarCommand;
import org.neuronmodels.core.morrislecar.MorrisLecarModel;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Renders the figures of {@code plugins-docs/morris-lecar.md}: the
 * Morris-Lecar command's chart and phase plane (defaults; Type II at a constant
 * 92 µA/cm²), and the f–I Curve command with {@code model = "Morris-Lecar"} and
 * each preset, 4000 ms per current, every current from the resting state at
 * zero current. Run from
 * the project root with the test class path (argument: the images folder,
 * default {@code plugins-docs/images}).
 */
public final class MorrisLecarFigures {

	private MorrisLecarFigures() {}

	/** Writes the five {@code morris-lecar*.png} images. */
	public static void main(final String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File folder = new File(args.length > 0 ? args[0] : "plugins-docs/images");
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			final Module defaults = run(context, MorrisLecarCommand.class, new HashMap<>());
			save(defaults, "chart", new File(folder, "morris-lecar.png"), 900, 1100);
			save(defaults, "phasePlane", new File(folder, "morris-lecar-phase-plane.png"), 800, 600);
			final Map<String, Object> bistable = new HashMap<>();
			bistable.put("preset", MorrisLecarModel.TYPE_II);
			bistable.put("stimulus", "Constant");
			bistable.put("amplitude", 92.0);
			bistable.put("duration", 2000.0);
			save(run(context, MorrisLecarCommand.class, bistable), "phasePlane", new File(folder,
				"morris-lecar-type-ii-phase-plane.png"), 800, 600);
			fi(context, MorrisLecarModel.TYPE_I, 30, 80, new File(folder, "morris-lecar-fi-type-i.png"));
			fi(context, MorrisLecarModel.TYPE_II, 70, 120, new File(folder, "morris-lecar-fi-type-ii.png"));
		}
		finally {
			context.dispose();
		}
	}

	private static void fi(final Context context, final String preset, final double min, final double max,
		final File file) throws IOException
	{
		final Map<String, Object> in = new HashMap<>();
		in.put("model", MorrisLecarModel.NAME);
		in.put("preset", preset);
		in.put("currentMin", min);
		in.put("currentMax", max);
		in.put("currentSteps", 101);
		in.put("duration", 4000.0);
		final Module m = run(context, FiCurveCommand.class, in);
		save(m, "chart", file, 800, 450);
		System.out.println("rheobase " + m.getOutput("rheobase") + " µA/cm²");
	}

	private static Module run(final Context context, final Class<? extends Command> command,
		final Map<String, Object> in)
	{
		final Module m = Commands.run(context, command, in);
		final String reason = Commands.cancelReason(m);
		if (reason != null) throw new IllegalStateException(reason);
		return m;
	}

	private static void save(final Module m, final String output, final File file, final int width,
		final int height) throws IOException
	{
		ChartUtils.saveChartAsPNG(file, (JFreeChart) m.getOutput(output), width, height);
		System.out.println("wrote " + file);
	}
}

package org.neuronmodels.docs;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.neuronmodels.command.FiCurveCommand;
import org.neuronmodels.core.morrislecar.MorrisLecarModel;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Renders the f–I figures of {@code plugins-docs/morris-lecar.md}: the f–I
 * Curve command with {@code model = "Morris-Lecar"} and each preset, 4000 ms
 * per current, every current from the resting state at zero current. Run from
 * the project root with the test class path (argument: the images folder,
 * default {@code plugins-docs/images}).
 */
public final class MorrisLecarFigures {

	private MorrisLecarFigures() {}

	/** Writes {@code morris-lecar-fi-type-i.png} and {@code morris-lecar-fi-type-ii.png}. */
	public static void main(final String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File folder = new File(args.length > 0 ? args[0] : "plugins-docs/images");
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
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
		final Module m = Commands.run(context, FiCurveCommand.class, in);
		final String reason = Commands.cancelReason(m);
		if (reason != null) throw new IllegalStateException(reason);
		ChartUtils.saveChartAsPNG(file, (JFreeChart) m.getOutput("chart"), 800, 450);
		System.out.println("wrote " + file + ": rheobase " + m.getOutput("rheobase") + " µA/cm²");
	}
}

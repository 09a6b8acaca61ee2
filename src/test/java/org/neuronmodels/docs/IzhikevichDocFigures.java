package org.neuronmodels.docs;

import java.io.File;
import java.io.IOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.command.IzhikevichCommand;
import org.neuronmodels.command.IzhikevichGalleryCommand;
import org.neuronmodels.service.DefaultNeuronModelsService;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * Renders the figures of plugins-docs/izhikevich.md and izhikevich-gallery.md
 * with the project's own service, and prints the pages' generated tables
 * (run with the test classpath; the argument is the output folder, default
 * plugins-docs/images).
 */
public final class IzhikevichDocFigures {

	private IzhikevichDocFigures() {}

	/** Writes the PNG figures into {@code args[0]} (default plugins-docs/images). */
	public static void main(final String... args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File dir = new File(args.length > 0 ? args[0] : "plugins-docs/images");
		if (!dir.isDirectory() && !dir.mkdirs()) throw new IOException("cannot create " + dir);
		final DefaultNeuronModelsService service = new DefaultNeuronModelsService();
		for (final IzhikevichIntegration integration : IzhikevichIntegration.values()) {
			final IzhikevichGallery g = IzhikevichGallery.run(integration, ProgressMonitor.NONE);
			save(service.izhikevichGalleryChart(g), new File(dir, "izhikevich-gallery-" + integration.label()
				.toLowerCase() + ".png"), 1400, 1300);
		}
		final IzhikevichPreset burst = IzhikevichPresets.byLabel("(C) tonic bursting");
		final SimulationResult r = service.simulateIzhikevich(burst);
		save(service.izhikevichChart(r, burst.label() + " (Published)"), new File(dir, "izhikevich-tonic-bursting.png"),
			1000, 600);
		save(service.izhikevichPhasePlane(burst, r), new File(dir, "izhikevich-tonic-bursting-phase-plane.png"), 800,
			650);
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			System.out.println(IzhikevichDocTables.inputs(context, IzhikevichCommand.class));
			System.out.println(IzhikevichDocTables.presets());
			System.out.println(IzhikevichDocTables.inputs(context, IzhikevichGalleryCommand.class));
		}
		finally {
			context.dispose();
		}
	}

	private static void save(final JFreeChart chart, final File file, final int width, final int height)
		throws IOException
	{
		ChartUtils.saveChartAsPNG(file, chart, width, height);
	}
}

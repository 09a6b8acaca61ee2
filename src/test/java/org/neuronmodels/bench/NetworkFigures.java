package org.neuronmodels.bench;

import java.io.File;
import java.io.IOException;

import org.jfree.chart.ChartUtils;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkBuilder;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.service.DefaultNeuronModelsService;

/**
 * Renders the figures of plugins-docs/spiking-network.md: for each preset
 * (default settings, seed 1) the raster chart the command outputs (spike
 * dots above the population rate, with axes) and its population rate chart. Usage: {@code NetworkFigures OUTPUT_DIR}.
 */
public final class NetworkFigures {

	private NetworkFigures() {}

	public static void main(final String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File dir = new File(args.length > 0 ? args[0] : "plugins-docs/images");
		final DefaultNeuronModelsService service = new DefaultNeuronModelsService();
		for (final NetworkPreset p : NetworkPreset.values()) {
			final NetworkSettings s = new NetworkSettings();
			s.preset = p;
			final NetworkSettings r = s.resolve();
			final Network net = NetworkBuilder.build(r);
			final NetworkResult res = NetworkSimulation.run(net, r.duration, r.dt, 2, 1, ProgressMonitor.NONE);
			final String name = "spiking-network-" + p.name().toLowerCase(java.util.Locale.ROOT);
			ChartUtils.saveChartAsPNG(new File(dir, name + "-raster.png"), service.charts().networkRaster(res, 5, p.label() +
				": spikes and population rate (5 ms window)"), 800, 500);
			ChartUtils.saveChartAsPNG(new File(dir, name + "-rate.png"), service.charts().populationRate(res, 5, p.label() +
				": population rate (5 ms window)"), 800, 300);
			System.out.println(name + ": " + res.spikes().count() + " spikes, " + res.meanRate() + " Hz");
		}
	}
}

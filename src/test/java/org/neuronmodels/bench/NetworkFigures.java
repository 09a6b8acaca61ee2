package org.neuronmodels.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkBuilder;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.service.DefaultNeuronModelsService;

/**
 * Renders the figures of plugins-docs/spiking-network.md: for each preset
 * (default settings, seed 1) the raster image the command outputs (drawn
 * black on white, at most 500 rows: every k-th neuron) and its population
 * rate chart. Usage: {@code NetworkFigures OUTPUT_DIR}.
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
			final CalibratedImg raster = service.networkRaster(res, Math.max(1, r.dt), p.label());
			ImageIO.write(draw(raster), "png", new File(dir, name + "-raster.png"));
			ChartUtils.saveChartAsPNG(new File(dir, name + "-rate.png"), service.populationRateChart(res, 5, p.label() +
				": population rate (5 ms window)"), 800, 300);
			System.out.println(name + ": " + res.spikes().count() + " spikes, " + res.meanRate() + " Hz");
		}
	}

	private static BufferedImage draw(final CalibratedImg raster) {
		final int w = (int) raster.dimension(0), h = (int) raster.dimension(1);
		final int every = Math.max(1, (h + 499) / 500);
		final int rows = (h + every - 1) / every;
		final BufferedImage img = new BufferedImage(w, rows, BufferedImage.TYPE_BYTE_GRAY);
		final float[] px = raster.pixels();
		for (int y = 0; y < rows; y++)
			for (int x = 0; x < w; x++)
				img.getRaster().setSample(x, rows - 1 - y, 0, px[y * every * w + x] > 0 ? 0 : 255);
		return img;
	}
}

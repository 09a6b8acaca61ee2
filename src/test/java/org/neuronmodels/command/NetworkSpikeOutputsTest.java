package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import ij.ImagePlus;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkBuilder;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.image.Calibrated;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.image.ImagePlusConverter;
import org.neuronmodels.image.Rasters;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * The network's spike list, bounded raster and binned connectivity agree with
 * one another: list rows = raster pixel sum = spike count, whatever the binning.
 */
class NetworkSpikeOutputsTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static double sum(final Object image) {
		double s = 0;
		@SuppressWarnings("unchecked")
		final RandomAccessibleInterval<? extends RealType<?>> rai = (RandomAccessibleInterval<? extends RealType<?>>) image;
		for (final RealType<?> p : Views.flatIterable(rai))
			s += p.getRealDouble();
		return s;
	}

	@Test
	void spikeListRasterAndCountAgreeWhenTheRasterIsBinned() throws IOException {
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "CUBA");
		in.put("neurons", 5000); // more rows than a raster may have: 2 neurons per row
		in.put("duration", 500.0);
		in.put("rasterBin", 0.1); // 5000 bins, more than allowed: 0.2 ms bins
		in.put("connectivityImage", true);
		final Module m = Commands.run(context, SpikingNetworkCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final int count = (Integer) m.getOutput("spikeCount");
		assertTrue(count > 1000, "CUBA fires: " + count);
		final SpikeRecord spikes = (SpikeRecord) m.getOutput("spikes");
		assertEquals(count, spikes.count());
		for (int k = 1; k < count; k++)
			assertTrue(spikes.time(k) >= spikes.time(k - 1), "sorted by time");
		final ByteArrayOutputStream csv = new ByteArrayOutputStream();
		spikes.writeCsv(csv);
		final String[] lines = csv.toString(StandardCharsets.UTF_8.name()).split("\n");
		assertEquals("neuron,time_ms", lines[0]);
		assertEquals(count + 1, lines.length, "one row per spike");
		for (final int k : new int[] { 0, count / 2, count - 1 }) {
			final String[] cells = lines[k + 1].split(",");
			assertEquals(spikes.neuron(k), Integer.parseInt(cells[0]));
			assertEquals(spikes.time(k), Double.parseDouble(cells[1]), 1e-9);
		}
		final Object raster = m.getOutput("raster");
		assertEquals(2500, ((RandomAccessibleInterval<?>) raster).dimension(0), "0.2 ms bins over 500 ms");
		assertEquals(2500, ((RandomAccessibleInterval<?>) raster).dimension(1), "2 neurons per row");
		assertEquals(count, sum(raster), "pixel sum = spike count");
		final Calibrated cal = (Calibrated) raster;
		assertEquals(0.2, cal.axisScales()[0], 1e-12);
		assertEquals(2, cal.axisScales()[1]);
		final ImagePlus imp = ImagePlusConverter.toImagePlus(cast(raster), "raster");
		assertEquals(16, imp.getBitDepth());
		assertTrue(imp.isInvertedLut(), "spikes dark on white");
		assertEquals(0.2, imp.getCalibration().pixelWidth, 1e-12);
		assertTrue(m.getOutput("rasterChart") instanceof JFreeChart);
		final CalibratedImg conn = (CalibratedImg) m.getOutput("connectivity");
		assertEquals(2500, conn.dimension(0), "binned like the raster, never missing");
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUBA;
		s.neurons = 5000;
		final Network network = NetworkBuilder.build(s.resolve());
		double total = 0;
		for (final org.neuronmodels.core.network.Projection p : network.projections())
			for (int pre = 0; pre < p.connectivity().preCount(); pre++)
				for (final double w : p.connectivity().weightsOf(pre))
					total += w;
		assertEquals(total, sum(conn), 1e-3 * Math.abs(total) + 1e-6, "every synapse's weight is in a block");
	}

	@Test
	void rasterHasAtMostMaxSidePixelsPerAxisAndKeepsEverySpike() {
		final int n = 10_000;
		final SpikeRecord spikes = new SpikeRecord(n);
		for (int k = 0; k < 200_000; k++)
			spikes.add((int) ((k * 7919L) % n), k * 0.05);
		final Object raster = Rasters.counts(spikes, 10_000, 0.1, "r");
		final RandomAccessibleInterval<?> rai = (RandomAccessibleInterval<?>) raster;
		assertTrue(rai.dimension(0) <= Rasters.MAX_SIDE && rai.dimension(1) <= Rasters.MAX_SIDE);
		assertEquals(200_000, sum(raster));
	}

	@SuppressWarnings("unchecked")
	private static RandomAccessibleInterval<? extends RealType<?>> cast(final Object o) {
		return (RandomAccessibleInterval<? extends RealType<?>>) o;
	}
}

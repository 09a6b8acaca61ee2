package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.type.numeric.real.DoubleType;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.network.NetworkBuilder;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.image.Calibrated;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The Spiking Network command through a real headless SciJava context. */
class SpikingNetworkCommandTest {

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

	@Test
	void cubaOutputsAreImagesChartTableAndScalarsEqualToTheCoreRun() {
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "CUBA");
		in.put("neurons", 1000);
		in.put("duration", 200.0);
		in.put("threads", 1);
		in.put("connectivityImage", true);
		final Module m = Commands.run(context, SpikingNetworkCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUBA;
		s.neurons = 1000;
		s.duration = 200;
		final NetworkSettings r = s.resolve();
		final int expected = NetworkSimulation.run(NetworkBuilder.build(r), 200, 0.1, 2, 1, ProgressMonitor.NONE)
			.spikes().count();
		assertEquals(expected, m.getOutput("spikeCount"), "the command (1 thread) equals the core run (2 threads)");
		assertEquals(expected / 0.2 / 1000, (double) m.getOutput("meanRate"), 1e-9);
		final RandomAccessibleInterval<?> raster = (RandomAccessibleInterval<?>) m.getOutput("raster");
		assertEquals(200, raster.dimension(0), "1 ms bins over 200 ms");
		assertEquals(1000, raster.dimension(1), "one row per neuron");
		assertTrue(raster instanceof Calibrated);
		final CalibratedImg conn = (CalibratedImg) m.getOutput("connectivity");
		assertEquals(1000, conn.dimension(0));
		assertEquals(0.0162f, conn.pixels()[5 * 1000 + firstPresynapticOf(conn, 5, 0, 800)], 1e-9f,
			"an excitatory synapse has the CUBA weight in nA");
		assertTrue(m.getOutput("rateChart") instanceof JFreeChart);
		assertEquals(1000, ((ResultsTable) m.getOutput("rateTable")).size());
		assertTrue((double) m.getOutput("meanCV") > 0);
		in.put("connectivityImage", false);
		assertNull(Commands.run(context, SpikingNetworkCommand.class, in).getOutput("connectivity"),
			"the connectivity image only when asked");
	}

	private static int firstPresynapticOf(final CalibratedImg img, final int post, final int from, final int to) {
		for (int pre = from; pre < to; pre++)
			if (img.pixels()[post * (int) img.dimension(0) + pre] != 0) return pre;
		throw new AssertionError("no input");
	}

	@Test
	void weightImageRoundTripsThroughTheCustomNetwork() {
		final int n = 12;
		final double[] w = new double[n * n];
		for (int pre = 0; pre < n; pre++) {
			w[((pre + 1) % n) * n + pre] = 0.5 + pre * 0.01;
			w[((pre + 5) % n) * n + pre] = -0.25;
		}
		final ArrayImg<DoubleType, DoubleArray> img = ArrayImgs.doubles(w, n, n);
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "Custom");
		in.put("rule", "Weight image");
		in.put("weightImage", img);
		in.put("duration", 20.0);
		in.put("connectivityImage", true);
		final Module m = Commands.run(context, SpikingNetworkCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final float[] back = ((CalibratedImg) m.getOutput("connectivity")).pixels();
		final float[] expected = new float[w.length];
		for (int k = 0; k < w.length; k++)
			expected[k] = (float) w[k];
		assertArrayEquals(expected, back, 0f);
	}

	@Test
	void invalidInputsCancelWithAMessageNamingTheField() {
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "CUBA");
		in.put("connectionProbability", -0.1);
		assertTrue(Commands.cancelReason(Commands.run(context, SpikingNetworkCommand.class, in)).contains(
			"connectionProbability"));
		final Map<String, Object> image = new HashMap<>();
		image.put("preset", "Custom");
		image.put("rule", "Weight image");
		image.put("weightImage", ArrayImgs.doubles(new double[12], 4, 3));
		final String reason = Commands.cancelReason(Commands.run(context, SpikingNetworkCommand.class, image));
		assertNotNull(reason);
		assertTrue(reason.contains("weightImage") && reason.contains("4 × 3"), reason);
		final double[] nan = new double[16];
		nan[6] = Double.NaN;
		image.put("weightImage", ArrayImgs.doubles(nan, 4, 4));
		final String nanReason = Commands.cancelReason(Commands.run(context, SpikingNetworkCommand.class, image));
		assertTrue(nanReason.contains("NaN") && nanReason.contains("x = 2, y = 1"), nanReason);
		final Map<String, Object> none = new HashMap<>();
		none.put("preset", "Nonsense");
		assertTrue(Commands.cancelReason(Commands.run(context, SpikingNetworkCommand.class, none)).contains("preset"));
	}
}

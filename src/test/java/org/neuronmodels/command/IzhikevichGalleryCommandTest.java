package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.neuronmodels.core.izhikevich.IzhikevichSimulation;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The gallery command: 20 panels, one table row per behaviour, arrays matching single runs. */
class IzhikevichGalleryCommandTest {

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
	void galleryHoldsTheTwentyBehavioursInFigureOrder() {
		final Module m = Commands.run(context, IzhikevichGalleryCommand.class, new HashMap<>());
		assertNull(Commands.cancelReason(m));
		final String[] labels = (String[]) m.getOutput("presetLabels");
		assertEquals(20, labels.length);
		assertEquals("(A) tonic spiking", labels[0]);
		assertEquals("(T) inhibition-induced bursting", labels[19]);
		final int[] counts = (int[]) m.getOutput("spikeCounts");
		final double[] first = (double[]) m.getOutput("firstSpikeTimes");
		for (int i = 0; i < 20; i++) {
			final IzhikevichPreset p = IzhikevichPresets.figure1().get(i);
			final double[] t = IzhikevichSimulation.run(p, IzhikevichIntegration.PUBLISHED, 0, ProgressMonitor.NONE)
				.spikes().timesOf(0);
			assertEquals(t.length, counts[i], labels[i]);
			assertEquals(t.length == 0 ? Double.NaN : t[0], first[i], 0.0, labels[i]);
		}
		assertEquals(1, counts[1], "(B) phasic spiking fires once");
		final ResultsTable table = (ResultsTable) m.getOutput("galleryTable");
		assertEquals(20, table.size());
		assertEquals("(Q) depolarizing after-potential", table.getLabel(16));
		assertEquals(counts[16], (int) table.getValue("Spikes", 16));
		assertEquals(first[0], table.getValue("First spike (ms)", 0), 0.0);
		final JFreeChart chart = (JFreeChart) m.getOutput("gallery");
		assertEquals(40, ((XYPlot) chart.getPlot()).getDataset().getSeriesCount(), "voltage and stimulus per panel");
	}

	@Test
	void consistentGalleryDiffersOnlyWhereThePublishedLoopMatters() {
		final Map<String, Object> in = new HashMap<>();
		in.put("integration", "Consistent");
		final Module m = Commands.run(context, IzhikevichGalleryCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final int[] counts = (int[]) m.getOutput("spikeCounts");
		// phasic spiking, spike latency, rebound spike, threshold variability, accommodation: one spike in both
		for (final int i : new int[] { 1, 8, 12, 14, 17 })
			assertEquals(1, counts[i], IzhikevichPresets.figure1().get(i).label());
		assertTrue(((String) ((JFreeChart) m.getOutput("gallery")).getTitle().getText()).contains("Consistent"));
	}

	@Test
	void badIntegrationIsRefused() {
		final Map<String, Object> in = new HashMap<>();
		in.put("integration", "Exact");
		final String reason = Commands.cancelReason(Commands.run(context, IzhikevichGalleryCommand.class, in));
		assertTrue(reason != null && reason.startsWith("integration"), reason);
		assertArrayEquals(new String[] { "Published", "Consistent" }, IzhikevichIntegration.LABELS);
	}
}

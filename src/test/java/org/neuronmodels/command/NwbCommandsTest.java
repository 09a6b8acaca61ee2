package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuronmodels.command.FitLifCommandTest.assertReason;
import static org.neuronmodels.io.nwb.NwbTestFiles.expected;
import static org.neuronmodels.io.nwb.NwbTestFiles.file;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** NWB File Info, Fit LIF to Recording from NWB, the Table stimulus from NWB, spike statistics of an NWB unit. */
class NwbCommandsTest {

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

	private static Module run(final Class<? extends Command> c, final Object... keyValues) {
		final Map<String, Object> in = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2)
			in.put((String) keyValues[i], keyValues[i + 1]);
		return Commands.run(context, c, in);
	}

	@Test
	void fileInfoListsSeriesAndUnits() {
		final Module m = run(NwbFileInfoCommand.class, "file", file("icephys.nwb").toFile());
		assertNull(Commands.cancelReason(m));
		assertEquals(6, (int) m.getOutput("seriesCount"));
		assertEquals(3, (int) m.getOutput("unitCount"));
		final ResultsTable t = (ResultsTable) m.getOutput("series");
		assertEquals("/acquisition/CurrentClampSeries_001", t.getStringValue("Path", 1));
		assertEquals(1, t.getValue("Sweep", 1), 0);
		assertEquals(expected("acquisition/CurrentClampSeries_001.dt_ms"), t.getValue("dt (ms)", 1), 1e-12);
		assertEquals(2000, t.getValue("Start (ms)", 1), 1e-9);
		assertTrue(((String) m.getOutput("summary")).contains("NWB 2.7.0, 6 time series, 1 units table(s) with 3"));
		final ResultsTable u = (ResultsTable) m.getOutput("units");
		assertEquals(2, u.getValue("Observed spikes", 1), 0);
		assertReason("file", run(NwbFileInfoCommand.class, "file", file("plain.h5").toFile()));
		assertReason("file", run(NwbFileInfoCommand.class, "file", file("not-hdf5.nwb").toFile()));
	}

	/** lif-recording.nwb: V_rest −62, V_reset −68, V_th −45 mV, R 12 MΩ, τ 15 ms, 1.5 ms, simulated by numpy. */
	@Test
	void fitFromAnNwbSweepRecoversTheParameters() {
		final Module m = run(FitLifCommand.class, "recordingFile", file("lif-recording.nwb").toFile(), "series", "7");
		assertNull(Commands.cancelReason(m));
		assertEquals(-62, (double) m.getOutput("vRest"), 1e-6);
		assertEquals(-68, (double) m.getOutput("vReset"), 1e-6);
		assertEquals(12, (double) m.getOutput("resistance"), 1e-6);
		assertEquals(15, (double) m.getOutput("tauM"), 1e-6);
		assertEquals(1.5, (double) m.getOutput("tRef"), 1e-9);
		final double a = Math.exp(-0.1 / 15); // threshold within one step's rise, as for the CSV path
		assertEquals(-45, (double) m.getOutput("vThreshold"), (1 - a) * (-62 + 26.4 + 45) / a);
		assertEquals(0, (double) m.getOutput("fitError"), 1e-6);
		assertEquals((int) expected("lif.spikes"), (int) m.getOutput("spikeCount"));
		// model over data on the recording's own time axis: starting_time 1.5 s
		final JFreeChart chart = (JFreeChart) m.getOutput("chart");
		final org.jfree.chart.plot.XYPlot voltage = (org.jfree.chart.plot.XYPlot) ((CombinedDomainXYPlot) chart
			.getXYPlot()).getSubplots().get(1);
		int curves = 0;
		for (int d = 0; d < voltage.getDatasetCount(); d++)
			for (int c = 0; voltage.getDataset(d) != null && c < voltage.getDataset(d).getSeriesCount(); c++)
				if (voltage.getDataset(d).getItemCount(c) > 2) { // recorded V and the fitted LIF, not the threshold
					assertEquals(1500, voltage.getDataset(d).getXValue(c, 0), 1e-9);
					curves++;
				}
		assertEquals(2, curves);
	}

	@Test
	void fitErrorsNameTheField() {
		assertReason("series", run(FitLifCommand.class, "recordingFile", file("lif-recording.nwb").toFile(), "series",
			"nope"));
		assertReason("recordingFile", run(FitLifCommand.class, "recordingFile", file("plain.h5").toFile()));
		assertReason("recordingFile", run(FitLifCommand.class, "recordingFile", file("not-hdf5.nwb").toFile()));
		assertReason("recordingFile", run(FitLifCommand.class, "recordingFile", file("malformed.nwb").toFile(),
			"series", "with_nan"));
		assertReason("recordingFile", run(FitLifCommand.class, "recordingFile", file("malformed.nwb").toFile(),
			"series", "image_like"));
	}

	@Test
	void tableStimulusPlaysARecordedCurrentIntoAModel() {
		final Module m = run(LifCommand.class, "stimulus", "Table", "tableFile", file("icephys.nwb").toFile(),
			"tableColumn", "CurrentClampStimulusSeries_001", "dt", 0.025, "duration", 200.0);
		assertNull(Commands.cancelReason(m));
		// h5py's sample: 200 pA from sample 1000 to 2999 of 0.05 ms (50–150 ms), else 0
		final double[] samples = new double[4000];
		for (int k = 1000; k < 3000; k++)
			samples[k] = expected("stimulus/presentation/CurrentClampStimulusSeries_001.sample2000_nA");
		final double[] v = LifSimulation.run(LifParameters.uniform(1, -70, -65, -50, 10, 8, 2), Integrators.EXACT,
			0.025, 200, Stimuli.table(samples, 0.05), ProgressMonitor.NONE).traces().voltage(0);
		assertArrayEquals(v, (double[]) m.getOutput("voltage"), 0);
		assertReason("dt", run(LifCommand.class, "stimulus", "Table", "tableFile", file("icephys.nwb").toFile(),
			"tableColumn", "CurrentClampStimulusSeries_001", "dt", 0.03));
		assertReason("tableColumn", run(LifCommand.class, "stimulus", "Table", "tableFile", file("icephys.nwb")
			.toFile(), "tableColumn", "nope"));
	}

	@Test
	void spikeStatisticsOfAUnitWithinItsObservationIntervals() {
		final Module m = run(SpikeTrainStatisticsCommand.class, "source", "Spike file", "spikeFile", file(
			"icephys.nwb").toFile(), "spikeUnit", "12");
		assertNull(Commands.cancelReason(m));
		assertArrayEquals(new double[] { 500, 7000 }, (double[]) m.getOutput("spikeTimes"), 0);
		assertEquals(2 / 8.0, (double) m.getOutput("rate"), 1e-12); // 2 spikes in the span 0–8 s of its intervals
		assertReason("spikeUnit", run(SpikeTrainStatisticsCommand.class, "source", "Spike file", "spikeFile", file(
			"icephys.nwb").toFile(), "spikeUnit", "99"));
		assertNotNull(Commands.cancelReason(run(SpikeTrainStatisticsCommand.class, "source", "Spike file",
			"spikeFile", file("icephys.nwb").toFile(), "spikeUnit", "")));
	}
}

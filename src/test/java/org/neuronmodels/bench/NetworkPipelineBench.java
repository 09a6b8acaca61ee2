package org.neuronmodels.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.neuronmodels.io.OutputFolder;
import org.neuronmodels.app.RunRecord;
import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.service.DefaultNeuronModelsService;

/**
 * The Spiking Network command's work in a fresh JVM without SciJava, phase by
 * phase (build, loop, statistics, raster, chart, table, writing the outputs
 * as the launcher does), as one line of timings in ms. Usage:
 * {@code NetworkPipelineBench PRESET OUTDIR}.
 */
public final class NetworkPipelineBench {

	private NetworkPipelineBench() {}

	public static void main(final String[] args) throws Exception {
		final long t0 = System.nanoTime();
		final NetworkSettings s0 = new NetworkSettings();
		s0.preset = NetworkPreset.fromLabel(args[0]);
		final NetworkSettings s = s0.resolve();
		final DefaultNeuronModelsService neuron = new DefaultNeuronModelsService();
		final Network network = neuron.network(s.preset.label()).settings(s).build();
		final long t1 = System.nanoTime();
		final NetworkResult r = neuron.network(s.preset.label()).settings(s).run(network);
		final long t2 = System.nanoTime();
		final double cv = SpikeTrainStatistics.meanOfFinite(SpikeTrainStatistics.cvPerNeuron(r.spikes()));
		final long t3 = System.nanoTime();
		final Object raster = neuron.images().networkRaster(r, 1, "raster");
		final long t4 = System.nanoTime();
		final Object chart = neuron.charts().populationRate(r, 5, "rate");
		final long t5 = System.nanoTime();
		final Object table = neuron.tables().neuronRates(r);
		final long t6 = System.nanoTime();
		final Map<String, Object> outputs = new LinkedHashMap<>();
		outputs.put("spikeCount", r.spikes().count());
		outputs.put("meanCV", cv);
		outputs.put("raster", raster);
		outputs.put("rateChart", chart);
		outputs.put("rateTable", table);
		final Path dir = Path.of(args[1]);
		Files.createDirectories(dir);
		for (int rep = 0; rep < 3; rep++) {
		final long w0 = System.nanoTime();
		org.neuronmodels.io.TiffFiles.save((net.imglib2.RandomAccessibleInterval) raster, dir.resolve("a.tif"));
		final long w1 = System.nanoTime();
		org.neuronmodels.io.ChartFiles.save((org.jfree.chart.JFreeChart) chart, dir.resolve("a.png"));
		final long w2 = System.nanoTime();
		org.neuronmodels.io.ChartFiles.save((org.jfree.chart.JFreeChart) chart, dir.resolve("a.svg"));
		final long w3 = System.nanoTime();
		org.neuronmodels.io.CsvFiles.save((ij.measure.ResultsTable) table, dir.resolve("a.csv"));
		final long w4 = System.nanoTime();
		System.out.println(String.format(Locale.ROOT, "tiff %.0f png %.0f svg %.0f csv %.0f", (w1 - w0) / 1e6, (w2 - w1) /
			1e6, (w3 - w2) / 1e6, (w4 - w3) / 1e6));
		}
		final RunRecord record = new RunRecord("Spiking Network", "x", "", new LinkedHashMap<>(), outputs);
		new OutputFolder(dir).write(record.fileOutputs(), record::toJsonTree);
		final long t7 = System.nanoTime();
		System.out.println(String.format(Locale.ROOT,
			"build %.0f loop %.0f (engine %.0f) stats %.0f raster %.0f chart %.0f table %.0f write %.0f total %.0f ms",
			(t1 - t0) / 1e6, (t2 - t1) / 1e6, r.loopSeconds() * 1e3, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6,
			(t6 - t5) / 1e6, (t7 - t6) / 1e6, (t7 - t0) / 1e6));
	}
}

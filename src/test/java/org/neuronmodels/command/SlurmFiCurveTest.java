package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.neuronmodels.testutil.SlurmCluster;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * The f-I Curve command with executor = SLURM on the real single-node cluster: the local run's
 * outputs bit for bit (rates, interpolated rates, theory, and the rheobase bisected after the merge).
 */
@Tag("slurm")
class SlurmFiCurveTest {

	private static Context context;

	@TempDir
	Path temp;

	@BeforeAll
	static void start() {
		SlurmCluster.assumeRunning();
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		if (context != null) context.dispose();
	}

	private static Module run(final Map<String, Object> base, final Object... keyValues) {
		final Map<String, Object> in = new HashMap<>(base);
		for (int i = 0; i < keyValues.length; i += 2)
			in.put((String) keyValues[i], keyValues[i + 1]);
		return Commands.run(context, FiCurveCommand.class, in);
	}

	private static void assertSameOutputs(final Module local, final Module cluster) {
		assertNull(Commands.cancelReason(cluster), Commands.cancelReason(cluster));
		for (final String name : Arrays.asList("currents", "rates", "interpolatedRates", "theoryRates"))
			assertArrayEquals(bits((double[]) local.getOutput(name)), bits((double[]) cluster.getOutput(name)), name);
		for (final String name : Arrays.asList("rheobase", "theoryRheobase", "maxRate"))
			assertEquals(Double.doubleToRawLongBits((Double) local.getOutput(name)), Double.doubleToRawLongBits(
				(Double) cluster.getOutput(name)), name);
		final ij.measure.ResultsTable a = (ij.measure.ResultsTable) local.getOutput("table");
		final ij.measure.ResultsTable b = (ij.measure.ResultsTable) cluster.getOutput("table");
		assertEquals(a.size(), b.size());
		for (int r = 0; r < a.size(); r++)
			assertEquals(a.getRowAsString(r), b.getRowAsString(r));
	}

	private static long[] bits(final double[] v) {
		return v == null ? null : Arrays.stream(v).mapToLong(Double::doubleToRawLongBits).toArray();
	}

	@Test
	void lifCurveOnThreeShardsIsTheLocalCurve() {
		final Map<String, Object> in = new HashMap<>();
		in.put("currentMax", 4.0);
		in.put("currentSteps", 41);
		in.put("duration", 300.0);
		in.put("interpolateSpikes", true);
		final Module local = run(in);
		final Module cluster = run(in, "executor", "SLURM", "shards", 3, "slurmOptions", "--partition=debug",
			"workDirectory", temp.resolve("lif").toString());
		assertTrue((Double) local.getOutput("rheobase") > 0, "the rheobase is inside the sweep");
		assertSameOutputs(local, cluster);
		assertFalse(Files.exists(temp.resolve("lif")), "removed after the merge");
	}

	@Test
	void aBigCurveIsMergedOneShardAtATimeIntoTheOutputFolder() throws java.io.IOException {
		final int n = org.neuronmodels.core.sweep.FiStream.IN_MEMORY_MAX + 1; // streams: there is a data folder
		final Map<String, Object> in = new HashMap<>();
		in.put("currentMax", 5.0);
		in.put("currentSteps", n);
		in.put("duration", 20.0);
		in.put("stimStart", 0.0);
		in.put("stimStop", 20.0);
		final Path out = temp.resolve("out");
		final Module cluster = run(in, "executor", "SLURM", "shards", 3, "slurmOptions", "--partition=debug",
			"workDirectory", temp.resolve("big").toString(), "outputFolder", out.toFile());
		assertNull(Commands.cancelReason(cluster), Commands.cancelReason(cluster));
		assertNull(cluster.getOutput("rates"), "no per-current arrays in memory");
		final NeuronModelsService neuron = context.service(NeuronModelsService.class);
		final org.neuronmodels.core.sweep.FiCurve local = neuron.fiCurve(neuron.model("LIF").duration(20), 0, 5, n);
		final java.util.List<String> rows = Files.readAllLines(out.resolve("table.csv"));
		assertEquals(n + 1, rows.size());
		for (int i = 0; i < n; i++) {
			final String[] row = rows.get(i + 1).split(",");
			assertEquals(local.currents()[i], Double.parseDouble(row[0]), 0, "row " + i);
			assertEquals(local.rates()[i], Double.parseDouble(row[2]), 0, "row " + i);
		}
		assertEquals(local.rheobase(), (Double) cluster.getOutput("rheobase"), 0);
	}

	@Test
	void hodgkinHuxleySubmittedWithoutWaitingIsCollectedByASecondRun() {
		final Map<String, Object> in = new HashMap<>();
		in.put("model", "Hodgkin-Huxley");
		in.put("currentMin", 0.0);
		in.put("currentMax", 15.0);
		in.put("currentSteps", 16);
		in.put("duration", 150.0);
		final Map<String, Object> slurm = new HashMap<>(in);
		slurm.put("executor", "SLURM");
		slurm.put("shards", 2);
		slurm.put("slurmOptions", "--partition=debug");
		slurm.put("workDirectory", temp.resolve("hh").toString());
		final Module submitted = run(slurm, "wait", false);
		assertNull(Commands.cancelReason(submitted), Commands.cancelReason(submitted));
		assertNull(submitted.getOutput("rates"), "no results yet");
		assertTrue(Files.exists(temp.resolve("hh").resolve("spec.json")));
		assertSameOutputs(run(in), run(slurm));
	}
}

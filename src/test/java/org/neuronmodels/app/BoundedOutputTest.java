package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.testutil.CommandHarness;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;

/**
 * What the launcher prints stays small whatever the run's size: scalars in
 * full, long arrays as one summary line naming their data file; outputs.json
 * names the data files instead of holding long arrays.
 */
class BoundedOutputTest {

	/** The most a run may print without --print-arrays. */
	private static final int MAX_PRINTED = 20_000;

	private static Context context;

	@TempDir
	Path tmp;

	@BeforeAll
	static void start() {
		context = CommandHarness.context();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** Inputs making a run large-ish: 2 s of simulated time, 200 of every count (neurons, points, steps). */
	private static Map<String, Object> largeish(final CommandInfo info) {
		final Map<String, Object> in = new LinkedHashMap<>();
		for (final ModuleItem<?> item : CommandHarness.inputs(info)) {
			if (CommandHarness.isDuration(item) && (item.getType() == double.class || item.getType() == Double.class))
				in.put(item.getName(), 2000.0);
			if (CommandHarness.isCount(item) && (item.getType() == int.class || item.getType() == Integer.class))
				in.put(item.getName(), 200);
		}
		return in;
	}

	private static String emit(final RunRecord record, final Path out, final boolean printArrays)
		throws LauncherException
	{
		final LauncherOptions options = new LauncherOptions();
		options.out = out;
		options.printArrays = printArrays;
		final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		try {
			NeuronModelsLauncher.emit(record, options, new PrintStream(stdout, true), new PrintStream(
				new ByteArrayOutputStream(), true));
		}
		finally {
			RunGuard.end(); // as the launcher ends each run
		}
		return stdout.toString(StandardCharsets.UTF_8);
	}

	@Test
	void everyCommandPrintsLittleAndKeepsLongArraysInDataFiles() throws Exception {
		int checked = 0;
		for (final CommandInfo info : CommandHarness.commands(context)) {
			final Map<String, Object> in = largeish(info);
			CommandHarness.Outcome o = CommandHarness.run(context, info, in, 120_000);
			if (!o.completed()) o = CommandHarness.run(context, info, CommandHarness.shortRun(context, info), 120_000);
			if (!o.completed()) continue; // e.g. needs a file: covered by the reliability tests
			checked++;
			final Map<String, Object> outputs = new LinkedHashMap<>();
			for (final ModuleItem<?> item : info.outputs())
				outputs.put(item.getName(), o.module.getOutput(item.getName()));
			final RunRecord record = new RunRecord(info.getTitle(), info.getClassName(), "", new LinkedHashMap<>(),
				outputs);
			final Path dir = tmp.resolve(info.getClassName());
			final String printed = emit(record, dir, false);
			assertTrue(printed.length() <= MAX_PRINTED, info.getTitle() + " printed " + printed.length() + " bytes");
			final String json = new String(Files.readAllBytes(dir.resolve("outputs.json")), StandardCharsets.UTF_8);
			assertTrue(json.length() <= MAX_PRINTED, info.getTitle() + " outputs.json has " + json.length() + " bytes");
			for (final Map.Entry<String, Object> e : record.plainOutputs().entrySet()) {
				if (!Values.isBigArray(e.getValue())) continue;
				final Path data = dir.resolve(e.getKey() + ".csv");
				assertTrue(Files.exists(data), info.getTitle() + ": " + e.getKey() + " has a data file");
				assertEquals(java.lang.reflect.Array.getLength(e.getValue()) + 1, Files.readAllLines(data).size());
			}
		}
		assertTrue(checked >= CommandHarness.commands(context).size() - 2, "commands run: " + checked);
	}

	@Test
	void summaryStatisticsHaveSevenSignificantDigits() {
		// a voltage trace's extremes as a LIF run gives them, and a mean of 2/3: rounded, not cut
		// (mean (-70 - 50.047412949866406 - 58.97008) / 3 = -59.67249764995547 → -59.67250)
		assertEquals("3 values, min -70.0, max -50.04741, mean -59.6725", Values.summary(new double[] { -70,
			-50.047412949866406, -58.97008 }));
		assertEquals("4 values, min 0.0, max 1.0, mean 0.6666667, 1 not finite", Values.summary(new double[] { 1,
			Double.NaN, 1, 0 }));
	}

	@Test
	void millionValueArraysPrintOneLineEach() throws Exception {
		final double[] v = new double[1_000_000];
		for (int i = 0; i < v.length; i++)
			v[i] = i % 1000; // min 0, max 999, mean 499.5
		final Map<String, Object> outputs = new LinkedHashMap<>();
		outputs.put("rate", 12.5);
		outputs.put("voltage", v);
		outputs.put("few", new int[] { 1, 2, 3 });
		final RunRecord record = new RunRecord("Test", "Test", "", new LinkedHashMap<>(), outputs);
		final String printed = emit(record, tmp.resolve("big"), false);
		assertEquals(Arrays.asList("rate = 12.5",
			"voltage = [1000000 values, min 0.0, max 999.0, mean 499.5; in voltage.csv]", "few = [1, 2, 3]"), Arrays
				.asList(printed.split("\\R")));
		final List<String> csv = Files.readAllLines(tmp.resolve("big").resolve("voltage.csv"));
		assertEquals("voltage", csv.get(0));
		assertEquals(1_000_001, csv.size());
		assertEquals(999.0, Double.parseDouble(csv.get(1000)));
		final String json = new String(Files.readAllBytes(tmp.resolve("big").resolve("outputs.json")),
			StandardCharsets.UTF_8);
		assertTrue(json.length() < 3000, json);
		assertTrue(json.contains("voltage.csv"), json);
		final String all = emit(record, tmp.resolve("all"), true);
		assertTrue(all.length() > 1_000_000, "--print-arrays prints every value");
		assertNotNull(all);
	}

	@Test
	void readmeMainJobPrintsAtMostTwoKilobytes() throws IOException {
		final Launch r = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", "amplitude=2.5,duration=300," +
			"stimStop=250", "--out", tmp.resolve("readme").toString());
		assertEquals(0, r.status, r::toString);
		assertTrue(r.out.length() <= 2048, r.out.length() + " bytes:\n" + r.out);
		assertTrue(Files.exists(tmp.resolve("readme").resolve("voltage.csv")), r::toString);
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.table.Tables;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** Runs too big for the heap are refused up front, naming the input; tables stay within Fiji's row limit. */
class BigRunRefusalTest {

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
	void hodgkinHuxleyLongerThanTheHeapIsRefusedBeforeItRuns() {
		// 10^7 ms at dt = 0.01 ms: 10^9 steps of 9 traces, ~150 GB, more than any test heap
		final Map<String, Object> in = new HashMap<>();
		in.put("duration", 1e7);
		final long start = System.nanoTime();
		final String reason = Commands.cancelReason(Commands.run(context, HhCommand.class, in));
		assertNotNull(reason, "refused");
		assertTrue(reason.contains("duration") && reason.contains("memory"), reason);
		assertTrue((System.nanoTime() - start) / 1e9 < 60, "refused before running, not after");
	}

	@Test
	void traceTableOfTwoMillionSamplesHasAtMostAMillionRowsTheArraysAll() {
		final Map<String, Object> in = new HashMap<>();
		in.put("duration", 20000.0); // 2·10^6 steps of 0.01 ms: ~160 MB of traces and outputs
		System.gc();
		org.junit.jupiter.api.Assumptions.assumeTrue(org.neuronmodels.core.MemoryBudget.available() * 0.8 > 170e6,
			"needs a test heap with 200 MB free (the run is otherwise refused, as the other test checks)");
		in.put("dt", 0.01);
		final Module m = Commands.run(context, LifCommand.class, in);
		assertNull(Commands.cancelReason(m));
		assertEquals(2_000_000, ((double[]) m.getOutput("voltage")).length, "the arrays hold every step (20000 ms / 0.01 ms)");
		final ResultsTable t = (ResultsTable) m.getOutput("traceTable");
		assertTrue(t.size() <= Tables.MAX_ROWS, "rows: " + t.size());
		assertEquals(0.02, t.getValue("Time (ms)", 1) - t.getValue("Time (ms)", 0), 1e-9, "every second sample");
	}
}

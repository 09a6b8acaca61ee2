package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The LIF command's decimated recording, and runs too large for the heap refused up front. */
class LifRecordingTest {

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

	/** The classic tutorial (8 spikes, see LifCommandTest) recorded every {@code every} steps. */
	private static Module tutorial(final int every) {
		final Map<String, Object> in = new HashMap<>();
		in.put("vRest", -70.0);
		in.put("vThreshold", -55.0);
		in.put("vReset", -75.0);
		in.put("tauM", 10.0);
		in.put("tRef", 0.0);
		in.put("duration", 500.0);
		in.put("amplitude", 1.55);
		in.put("stimStart", 100.0);
		in.put("stimStop", 400.0);
		in.put("recordEvery", every);
		return Commands.run(context, LifCommand.class, in);
	}

	@Test
	void recordEveryKeepsEveryNthSampleAndTheSameSpikes() {
		final Module full = tutorial(1), every10 = tutorial(10);
		assertNull(Commands.cancelReason(every10));
		// 5000 steps of 0.1 ms, one sample in 10: 500 samples at t = 0, 1, 2, … ms
		final double[] t = (double[]) every10.getOutput("time");
		assertEquals(500, t.length);
		final double[] v = (double[]) full.getOutput("voltage"), v10 = (double[]) every10.getOutput("voltage");
		for (int j = 0; j < 500; j++) {
			assertEquals(10 * j * 0.1, t[j], 1e-9);
			assertEquals(v[10 * j], v10[j], 0.0);
		}
		assertEquals(8, every10.getOutput("spikeCount"));
		assertArrayEquals((double[]) full.getOutput("spikeTimes"), (double[]) every10.getOutput("spikeTimes"), 0.0);
		assertEquals(500, ((ij.measure.ResultsTable) every10.getOutput("traceTable")).size());
	}

	@Test
	void aRunLargerThanTheHeapIsRefusedWithTheEstimate() {
		// 1e8 ms in steps of 0.1 ms = 1e9 steps; 8 bytes of input and 24 of traces (t, V, I) per step:
		// 3.2e10 bytes = 32.0 GB, refused before anything is allocated.
		Assumptions.assumeTrue(MemoryBudget.available() < 3e10, "this JVM could hold 32 GB");
		final Map<String, Object> in = new HashMap<>();
		in.put("duration", 1e8);
		in.put("stimStop", 180.0);
		final String reason = Commands.cancelReason(Commands.run(context, LifCommand.class, in));
		assertTrue(reason.startsWith("Not enough memory: a run of 1000000000 steps (input samples and traces) " +
			"needs about 32.0 GB but only "), reason);
		assertTrue(reason.contains("Reduce duration"), reason);
	}
}

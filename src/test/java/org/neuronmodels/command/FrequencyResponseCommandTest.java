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
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The Subthreshold Frequency Response command through a real headless SciJava context. */
class FrequencyResponseCommandTest {

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

	private static Module run(final Object... keyValues) {
		final Map<String, Object> in = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2)
			in.put((String) keyValues[i], keyValues[i + 1]);
		return Commands.run(context, FrequencyResponseCommand.class, in);
	}

	@Test
	void responseFollowsTheLowPass() {
		// R 10 MΩ, τ 8 ms, dt 0.01 ms, 10…1000 Hz: within 1e-3 relative in gain and 0.01° in phase
		// (the second-order bound of FrequencyResponseTest at 1 kHz).
		final Module m = run("frequencyMin", 10.0, "frequencyMax", 1000.0, "frequencySteps", 5);
		assertNull(Commands.cancelReason(m));
		final double[] f = (double[]) m.getOutput("frequencies");
		final double[] gain = (double[]) m.getOutput("gain"), phase = (double[]) m.getOutput("phase");
		final double[] tg = (double[]) m.getOutput("theoryGain"), tp = (double[]) m.getOutput("theoryPhase");
		assertEquals(5, f.length);
		for (int j = 0; j < f.length; j++) {
			final double wt = 2 * Math.PI * f[j] / 1000 * 8;
			assertEquals(10 / Math.sqrt(1 + wt * wt), tg[j], 1e-12);
			assertEquals(tg[j], gain[j], 1e-3 * tg[j]);
			assertEquals(tp[j], phase[j], 0.01);
		}
		assertEquals(5, ((ResultsTable) m.getOutput("table")).size());
		assertNotNull(m.getOutput("chart"));
	}

	@Test
	void badInputCancelsNamingTheField() {
		assertReason("frequencySteps", run("frequencySteps", 0));
		assertReason("frequencyMax", run("frequencyMin", 100.0, "frequencyMax", 10.0));
		assertReason("frequencyMin", run("frequencyMin", Double.NaN));
		assertReason("dt", run("dt", 0.1)); // 10 steps per period of 1 kHz
		assertReason("amplitude", run("amplitude", 100.0));
		// issue 12: 3 periods of 1e-6 Hz are 3e9 ms: the run's length follows from frequencyMin, not "duration"
		assertReason("frequencyMin", run("frequencyMin", 1e-6));
	}

	static void assertReason(final String field, final Module m) {
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, "expected a cancel naming " + field);
		assertTrue(reason.startsWith(field + " "), reason);
	}
}

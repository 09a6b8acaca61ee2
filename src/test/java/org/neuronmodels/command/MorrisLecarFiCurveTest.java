package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Morris–Lecar through the f–I Curve command ({@code model = "Morris-Lecar"}),
 * every current from the resting state at zero current, 4000 ms per current.
 * Reference numbers: {@code /usr/bin/python3
 * src/test/resources/morrislecar/morris_lecar_scipy.py} (see
 * {@code core.morrislecar.MorrisLecarReferenceTest} for its full output):
 * Type I onset in [39.9807, 39.9817], saddle-node 39.9632, rates 10.0697 Hz at
 * 45 and 17.0586 Hz at 60; Type II onset in [88.2928, 88.2935], fold of
 * periodic orbits [88.2931, 88.2939], rates 9.7345 Hz at 90 and 11.7246 Hz at
 * 100 µA/cm².
 */
class MorrisLecarFiCurveTest {

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
		in.put("model", "Morris-Lecar");
		in.put("duration", 4000.0);
		for (int i = 0; i < keyValues.length; i += 2)
			in.put((String) keyValues[i], keyValues[i + 1]);
		return Commands.run(context, FiCurveCommand.class, in);
	}

	/** Continuous onset: the simulated rheobase is the scipy onset, just above the saddle-node; rates start near 0. */
	@Test
	void typeIStartsAtArbitrarilyLowRates() {
		final Module m = run("preset", "Type I", "currentMin", 30.0, "currentMax", 60.0, "currentSteps", 7);
		assertNull(Commands.cancelReason(m));
		final double rheobase = (Double) m.getOutput("rheobase");
		assertTrue(rheobase > 39.9807 - 1e-4 && rheobase < 39.9817 + 1e-4, "rheobase " + rheobase);
		final double[] rates = (double[]) m.getOutput("rates"); // 30, 35, 40, 45, 50, 55, 60
		assertEquals(0, rates[1]);
		assertTrue(rates[2] > 0 && rates[2] < 2, "at 40, 0.04 above the onset: " + rates[2] + " Hz");
		assertEquals(10.0697, rates[3], 0.02);
		assertEquals(17.0586, rates[6], 0.035);
	}

	/** Discontinuous onset at the fold of periodic orbits: the first rate is about 8 Hz. */
	@Test
	void typeIIStartsAtANonZeroRate() {
		final Module m = run("preset", "Type II", "currentMin", 80.0, "currentMax", 100.0, "currentSteps", 11);
		assertNull(Commands.cancelReason(m));
		final double rheobase = (Double) m.getOutput("rheobase");
		assertTrue(rheobase > 88.2928 - 1e-4 && rheobase < 88.2939 + 1e-4, "rheobase " + rheobase);
		final double[] rates = (double[]) m.getOutput("rates"); // 80, 82, ..., 100
		assertEquals(0, rates[4], "88: below the fold of orbits");
		assertTrue(rates[5] > 7.5, "90: firing starts at a clearly non-zero rate: " + rates[5]);
		assertEquals(9.7345, rates[5], 0.02);
		assertEquals(11.7246, rates[10], 0.025);
	}

	/** modelParameters are checked against the descriptor: the error names the parameter and the command stops. */
	@Test
	void badModelParametersStopWithTheParameterNamed() {
		final String reason = Commands.cancelReason(run("preset", "Type I", "modelParameters", "v2=0",
			"currentSteps", 3));
		assertTrue(reason != null && reason.contains("v2") && reason.contains("mV"), reason);
		final String unknown = Commands.cancelReason(run("preset", "Type I", "modelParameters", "gNa=1",
			"currentSteps", 3));
		assertTrue(unknown != null && unknown.contains("gNa"), unknown);
	}
}

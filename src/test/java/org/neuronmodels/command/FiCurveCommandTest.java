package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The f-I Curve command through a real headless SciJava context. */
class FiCurveCommandTest {

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
		return Commands.run(context, FiCurveCommand.class, in);
	}

	@Test
	void defaultsGiveTheLifCurveWithTheoryAndRheobase() {
		// Defaults: V_rest −70, V_reset −65, V_th −50 mV, R 10 MΩ, τ 8 ms, t_ref 3 ms; 0…5 nA in 101 steps.
		final Module m = run();
		assertNull(Commands.cancelReason(m));
		final double[] currents = (double[]) m.getOutput("currents");
		final double[] theory = (double[]) m.getOutput("theoryRates");
		final double[] interpolated = (double[]) m.getOutput("interpolatedRates");
		assertEquals(101, currents.length);
		assertEquals(0.05, currents[1], 1e-12);
		for (int i = 0; i < currents.length; i++) {
			assertEquals(LifTheory.rate(-70, -65, -50, 10, 8, 3, currents[i]), theory[i], 1e-12);
			assertEquals(theory[i], interpolated[i], 1e-6, "exact crossing times, I = " + currents[i]);
		}
		assertEquals(2.0, (double) m.getOutput("theoryRheobase"), 0);
		assertEquals(2.0, (double) m.getOutput("rheobase"), 5e-6);
		// the largest grid rate: at 5 nA V∞ = −20 mV, rise τ·ln(45/30) = 3.244 ms → 33 steps: 1000/(3 + 3.3) Hz
		assertEquals(1000 / 6.3, (double) m.getOutput("maxRate"), 1e-9);
		assertNotNull((JFreeChart) m.getOutput("chart"));
		final ResultsTable t = (ResultsTable) m.getOutput("table");
		assertEquals(101, t.size());
		assertEquals(5.0, t.getValue("Current (nA)", 100), 1e-12);
		assertEquals(theory[100], t.getValue("Theory (Hz)", 100), 1e-9);
	}

	@Test
	void badInputCancelsNamingTheField() {
		assertReason("currentSteps", run("currentSteps", 0));
		assertReason("currentMax", run("currentMin", 3.0, "currentMax", 1.0));
		assertReason("currentMin", run("currentMin", Double.NaN));
		assertReason("stimStop", run("stimulus", "Step", "stimStart", 100.0, "stimStop", 600.0));
		assertReason("dt", run("dt", 20.0));
		final String model = Commands.cancelReason(run("model", "Izhikevich"));
		assertTrue(model.startsWith("model") && model.contains("not yet available"), model);
	}

	static void assertReason(final String field, final Module m) {
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, "expected a cancel naming " + field);
		assertTrue(reason.startsWith(field + " "), reason);
	}
}

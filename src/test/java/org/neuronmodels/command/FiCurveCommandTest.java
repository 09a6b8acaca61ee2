package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
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
		// The LIF command's defaults: V_rest −70, V_reset −65, V_th −50 mV, R 10 MΩ, τ 8 ms, t_ref 2 ms, dt 0.1 ms;
		// 0…5 nA in 101 steps.
		final Module m = run("interpolateSpikes", true);
		assertNull(Commands.cancelReason(m));
		final double[] currents = (double[]) m.getOutput("currents");
		final double[] theory = (double[]) m.getOutput("theoryRates");
		final double[] interpolated = (double[]) m.getOutput("interpolatedRates");
		assertEquals(101, currents.length);
		assertEquals(0.05, currents[1], 1e-12);
		for (int i = 0; i < currents.length; i++) {
			assertEquals(LifTheory.rate(-70, -65, -50, 10, 8, 2, currents[i]), theory[i], 1e-12);
			assertEquals(theory[i], interpolated[i], 1e-6, "exact crossing times, I = " + currents[i]);
		}
		assertEquals(2.0, (double) m.getOutput("theoryRheobase"), 0);
		assertEquals(2.0, (double) m.getOutput("rheobase"), 5e-6);
		// the largest grid rate: at 5 nA V∞ = −20 mV, rise τ·ln(45/30) = 3.244 ms → 33 steps: 1000/(2 + 3.3) Hz
		assertEquals(1000 / 5.3, (double) m.getOutput("maxRate"), 1e-9);
		assertEquals("LIF", ((FiCurveCommand) m.getDelegateObject()).model); // the LIF defaults, by name
		assertNotNull((JFreeChart) m.getOutput("chart"));
		final ResultsTable t = (ResultsTable) m.getOutput("table");
		assertEquals(101, t.size());
		assertEquals(5.0, t.getValue("Current (nA)", 100), 1e-12);
		assertEquals(theory[100], t.getValue("Theory (Hz)", 100), 1e-9);
	}

	@Test
	void hodgkinHuxleyMatchesNeuron() {
		// peers/README.md (NEURON 8.2.2, squid HH at 6.3 °C, 1000 ms steps): steady-state rate over t ≥ 500 ms
		// 68.2 Hz at 10, 78.4 at 15, 86.1 at 20 µA/cm²; repetitive firing from 6.19–6.24 µA/cm² (bisection,
		// "≥ 2 spikes in the second half", the same criterion as here). Brian2 differs from NEURON by ≤ 1 Hz.
		final Module m = run("model", "Hodgkin-Huxley", "currentMin", 0.0, "currentMax", 20.0, "currentSteps", 5,
			"duration", 1000.0, "interpolateSpikes", true);
		assertNull(Commands.cancelReason(m));
		final double[] rates = (double[]) m.getOutput("interpolatedRates");
		assertEquals(0, rates[1], 0); // 5 µA/cm²: one onset spike only
		assertEquals(68.2, rates[2], 1.0);
		assertEquals(78.4, rates[3], 1.0);
		assertEquals(86.1, rates[4], 1.0);
		final double rheobase = (double) m.getOutput("rheobase");
		assertTrue(rheobase >= 6.18 && rheobase <= 6.25, "rheobase " + rheobase);
		assertNull(m.getOutput("theoryRates"));
		assertEquals(0.01, ModelRegistry.byName("Hodgkin-Huxley").defaultDt(), 0); // the HH command's default
	}

	@Test
	void expIfAndAdExRunWithTheirOwnDefaults() {
		// ExpIF (neurodynex3 defaults): rheobase (ϑ_rh − u_rest − Δ_T)/R = (−55 + 65 − 2)/20 = 0.4 nA. Near this
		// saddle-node (F(V) = R·ΔI at V = ϑ_rh, F'' = 1/Δ_T) the interval is T ≈ π·τ·√(2·Δ_T/(R·ΔI)), and two
		// spikes in the last 250 ms need T < 250 ms at least and T ≤ 125 ms at most: 0.0045 ≤ ΔI ≤ 0.018 nA.
		// Allow 0.007 nA more for Euler at dt 0.05 ms.
		final Module e = run("model", "ExpIF", "currentMin", 0.0, "currentMax", 1.0, "currentSteps", 11);
		assertNull(Commands.cancelReason(e));
		assertEquals(0.4, (double) e.getOutput("theoryRheobase"), 1e-12);
		final double rheobase = (double) e.getOutput("rheobase");
		assertTrue(rheobase > 0.4 && rheobase < 0.425, "rheobase " + rheobase);
		final Module a = run("model", "AdEx", "currentMin", 0.0, "currentMax", 0.2, "currentSteps", 11);
		assertNull(Commands.cancelReason(a));
		assertTrue(Double.isNaN((double) a.getOutput("theoryRheobase"))); // a·R = 0.25 > τ_m/τ_w: not a saddle-node
		assertTrue((double) a.getOutput("maxRate") > 0);
		final String reason = Commands.cancelReason(run("model", "ExpIF", "interpolateSpikes", true));
		assertTrue(reason != null && reason.startsWith("interpolateSpikes"), reason);
	}

	@Test
	void izhikevichRestLosesStabilityAtTheHopfPoint() {
		// Regular spiking a 0.02, b 0.2: rest v* solves 0.04v² + (5 − b)v + 140 + I = 0 (lower root); the
		// Jacobian [[0.08v + 5, −1], [ab, −a]] has det a(b − a) > 0 and trace 0 at v = (a − 5)/0.08 = −62.25 mV,
		// i.e. at I = −(0.04·62.25² − 4.8·62.25 + 140) = 3.7975 (a subcritical Hopf, before the saddle-node at
		// I = 4.8²/0.16 − 140 = 4). Forward Euler at dt 0.01 ms is close to the flow; the slow escape from rest must
		// still give two spikes within the last 250 ms, hence a little above 3.7975.
		final Module m = run("model", "Izhikevich", "currentMin", 0.0, "currentMax", 10.0, "currentSteps", 11,
			"integrator", "Euler", "dt", 0.01);
		assertNull(Commands.cancelReason(m));
		final double rheobase = (double) m.getOutput("rheobase");
		assertTrue(rheobase > 3.7975 && rheobase < 3.85, "rheobase " + rheobase);
		assertEquals(0.02, ModelRegistry.byName("Izhikevich").defaults().number("a"), 0); // the command's Custom a
	}

	@Test
	void badInputCancelsNamingTheField() {
		assertReason("currentSteps", run("currentSteps", 0));
		assertReason("currentMax", run("currentMin", 3.0, "currentMax", 1.0));
		assertReason("currentMin", run("currentMin", Double.NaN));
		assertReason("stimStop", run("stimulus", "Step", "stimStart", 100.0, "stimStop", 600.0));
		assertReason("dt", run("dt", 20.0));
		assertReason("integrator", run("integrator", "RK4")); // not a LIF integrator
		assertReason("model", run("model", "No such model"));
		assertReason("modelParameters", run("modelParameters", "tau=10"));
		assertReason("tauM", run("modelParameters", "tauM=-1"));
		assertReason("preset", run("preset", "Tonic"));
	}

	@Test
	void modelParametersAndPresetsOverrideTheDefaults() {
		// tRef 3 ms, τ 10 ms: the closed form with those values.
		final Module m = run("modelParameters", "tRef=3, tauM=10", "currentMin", 2.5, "currentMax", 5.0,
			"currentSteps", 3);
		assertNull(Commands.cancelReason(m));
		final double[] theory = (double[]) m.getOutput("theoryRates");
		assertEquals(LifTheory.rate(-70, -65, -50, 10, 10, 3, 5.0), theory[2], 1e-12);
		// AdEx "Tonic" (Naud et al. 2008, Fig. 4a: C 200 pF, g_L 10 nS, a 2 nS, τ_w 30 ms): a·R = 0.2 < τ_m/τ_w =
		// 20/30, so rest is lost at the saddle-node (Touboul & Brette 2008):
		// I_rh = (g_L + a)·(V_T − E_L − Δ_T + Δ_T·ln(1 + a/g_L)) = 12 nS·(18 + 2·ln 1.2) mV = 220.3757 pA.
		final Module a = run("model", "AdEx", "preset", "Tonic", "currentMin", 0.0, "currentMax", 0.5,
			"currentSteps", 3);
		assertNull(Commands.cancelReason(a));
		assertEquals(0.012 * (18 + 2 * Math.log(1.2)), (double) a.getOutput("theoryRheobase"), 1e-9);
	}

	static void assertReason(final String field, final Module m) {
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, "expected a cancel naming " + field);
		assertTrue(reason.startsWith(field + " "), reason);
	}

	@Test
	void integratorDescriptionListsEveryBuiltInModelsDescriptorChoices() {
		// the description is written from constants; the descriptors are the truth (issue 10)
		int models = 0;
		for (final ModelDescriptor d : ServiceLoader.load(ModelDescriptor.class)) {
			if (d.name().equals(EquationModelDescriptor.NAME)) continue;
			final String listed = d.name() + ": " + String.join(", ", d.integrators()) + ";";
			assertTrue(FiCurveCommand.INTEGRATOR_DESCRIPTION.contains(listed), listed + " missing from: " +
				FiCurveCommand.INTEGRATOR_DESCRIPTION);
			models++;
		}
		assertTrue(models >= 7, "the seven built-in models at least, found " + models);
	}
}

package org.neuronmodels.commandsweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** Sweeping a model parameter by name through the f-I Curve, for any registered model. */
class ModelParameterSweepTest {

	private static Context context;
	private static NeuronModelsService neuron;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
		neuron = context.service(NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@Test
	void lifResistanceSetsTheRheobase() {
		// LIF rheobase (V_th − V_rest)/R = 20 mV / R: 4, 2, 1 nA at R = 5, 10, 20 MΩ (log spacing).
		final SweepOutcome o = neuron.sweep("f-I Curve").vary("resistance", "5, 20, 3, Log").measure(
			"theoryRheobase").fixed("currentMin=0, currentMax=5, currentSteps=3, duration=50").threads(1).run();
		final double[] r = o.values();
		assertEquals(4, r[0], 1e-9);
		assertEquals(2, r[1], 1e-9);
		assertEquals(1, r[2], 1e-9);
	}

	@Test
	void adExParameterOfAPreset() {
		// AdEx "Tonic" (g_L 10 nS, E_L −70, V_T −50, Δ_T 2 mV) with a = 0 and a = 2 nS: saddle-node rheobase
		// (g_L + a)·(V_T − E_L − Δ_T + Δ_T·ln(1 + a/g_L)) = 180 pA and 12·(18 + 2·ln 1.2) = 220.38 pA.
		final SweepOutcome o = neuron.sweep("f-I Curve").vary("a", "0, 2, 2, Linear").measure("theoryRheobase").fixed(
			"model=AdEx, preset=Tonic, currentMin=0, currentMax=0.5, currentSteps=2, duration=20").threads(1).run();
		assertEquals(0.18, o.values()[0], 1e-9);
		assertEquals(0.012 * (18 + 2 * Math.log(1.2)), o.values()[1], 1e-9);
	}

	@Test
	void unknownOrOutOfRangeParametersNameTheField() {
		final InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> neuron.sweep(
			"f-I Curve").vary("tau", "1, 2, 2").measure("maxRate").run());
		assertEquals("parameter1", unknown.parameter());
		assertTrue(unknown.getMessage().contains("tauM"), unknown.getMessage());
		assertEquals("values1", assertThrows(InvalidParameterException.class, () -> neuron.sweep("f-I Curve").vary(
			"tauM", "0, 2, 2").measure("maxRate").run()).parameter());
		assertEquals("fixedInputs", assertThrows(InvalidParameterException.class, () -> neuron.sweep("f-I Curve").vary(
			"tauM", "5, 10, 2").measure("maxRate").fixed("modelParameters=\"tauM=3\"").run()).parameter());
	}
}

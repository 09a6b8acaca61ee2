package org.neuronmodels.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.sim.SpikingPopulation;

/** Presets, {@code modelParameters} text and its errors, and the kernel a descriptor builds (LIF). */
class ModelDescriptorTest {

	private final ModelDescriptor lif = ModelRegistry.byName(LifModel.NAME);

	@Test
	void textOverridesDefaults() {
		final ParameterValues p = lif.values("", "tauM=10, tRef = 2.5");
		assertEquals(10, p.number("tauM"));
		assertEquals(2.5, p.number("tRef"));
		assertEquals(-70, p.number("vRest"));
	}

	@Test
	void unknownNameListsValidOnes() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> lif.values("",
			"tau=10"));
		assertTrue(e.getMessage().contains("no parameter \"tau\"") && e.getMessage().contains("tauM, tRef"), e
			.getMessage());
	}

	@Test
	void outOfRangeNamesParameterUnitAndRange() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> lif.values("",
			"tauM=0"));
		assertEquals("tauM", e.parameter());
		assertEquals("tauM = 0 ms is invalid: must be between 0.001 and 100000 ms", e.getMessage());
		final InvalidParameterException nan = assertThrows(InvalidParameterException.class, () -> lif.values("",
			"tRef=two"));
		assertEquals("tRef = \"two\" is invalid: must be a number in ms", nan.getMessage());
	}

	@Test
	void modelRulesAcrossParametersApply() {
		assertThrows(InvalidParameterException.class, () -> lif.values("", "vReset=-40"));
		final InvalidParameterException dt = assertThrows(InvalidParameterException.class, () -> ModelSetup.of(lif,
			"", "tauM=1", 2, ""));
		assertEquals("dt", dt.parameter());
	}

	@Test
	void unknownPresetAndIntegratorListTheValidOnes() {
		assertTrue(assertThrows(InvalidParameterException.class, () -> lif.preset("Bursting")).getMessage()
			.contains("\"Default\""));
		assertTrue(assertThrows(InvalidParameterException.class, () -> lif.integrator("RK4")).getMessage()
			.contains("\"Exact\", \"Euler\""));
		assertEquals(Integrators.EXACT, lif.integrator(ModelDescriptor.MODEL_DEFAULT));
	}

	@Test
	void kernelFiresAtTheClosedFormRate() {
		// I = 2.5 nA: V∞ = -45 mV > V_th. Closed form with the refractory period rounded to 20 steps of 0.1 ms:
		// ISI = tRef + τ·ln((V∞ − V_reset)/(V∞ − V_th)) = 2 + 8·ln(20/5) = 13.0904 ms, rounded up to the grid.
		final ModelSetup s = ModelSetup.of(LifModel.NAME, "Default", "", Double.NaN, "");
		final SpikingPopulation pop = s.population(1);
		assertEquals(-70, pop.voltage()[0]);
		final double[] in = { 2.5 };
		final int[] spiked = new int[1];
		double first = -1, last = -1;
		int spikes = 0;
		for (int k = 0; k < 100_000; k++)
			if (pop.step(in, spiked) == 1) {
				final double t = (k + 1) * s.dt();
				if (first < 0) first = t;
				last = t;
				spikes++;
			}
		final double isi = (last - first) / (spikes - 1);
		final double continuous = 1000 / LifTheory.rate(-70, -65, -50, 10, 8, 2, 2.5);
		assertEquals(2 + 8 * Math.log(4), continuous, 1e-9);
		assertEquals(Math.ceil((continuous - 2) / 0.1 - 1e-9) * 0.1 + 2, isi, 1e-6);
	}
}

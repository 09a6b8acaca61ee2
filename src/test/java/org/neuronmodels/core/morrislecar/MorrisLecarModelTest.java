package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.integrate.Heun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.SpikingPopulation;

/** The descriptor: registered by name, presets as published, checked modelParameters, the same kernel. */
class MorrisLecarModelTest {

	@Test
	void isRegisteredWithBothPresetsAndThreeIntegrators() {
		assertTrue(ModelRegistry.byName("morris-lecar") instanceof MorrisLecarModel);
		final MorrisLecarModel m = (MorrisLecarModel) ModelRegistry.byName(MorrisLecarModel.NAME);
		assertEquals(Arrays.asList("Type I", "Type II"), m.presetNames());
		assertEquals(Arrays.asList(Integrators.RK4, Integrators.HEUN, Integrators.EULER), m.integrators());
		assertEquals("µA/cm²", m.currentUnit());
		assertEquals(Arrays.asList("capacitance", "gL", "gCa", "gK", "eL", "eCa", "eK", "v1", "v2", "v3", "v4", "phi",
			"vInit", "spikeThreshold"), m.parameterNames());
	}

	/** Rinzel &amp; Ermentrout (1989) / Ermentrout &amp; Terman (2010) Table 3.1, written out independently here. */
	@Test
	void presetsHoldThePublishedNumbers() {
		final double[] typeI = { 20, 2, 4, 8, -60, 120, -84, -1.2, 18, 12, 17.4, 1.0 / 15 };
		final double[] typeII = { 20, 2, 4.4, 8, -60, 120, -84, -1.2, 18, 2, 30, 0.04 };
		assertArrayEquals(typeI, constants(MorrisLecarModel.presetCell("Type I")), 0);
		assertArrayEquals(typeII, constants(MorrisLecarModel.presetCell("Type II")), 0);
		assertArrayEquals(typeI, constants(MorrisLecarModel.cell(new MorrisLecarModel().defaults())), 0);
	}

	private static double[] constants(final MorrisLecarCell c) {
		return new double[] { c.capacitance, c.gL, c.gCa, c.gK, c.eL, c.eCa, c.eK, c.v1, c.v2, c.v3, c.v4, c.phi };
	}

	@Test
	void setupByNameAppliesPresetThenText() {
		final ModelSetup s = ModelSetup.of("Morris-Lecar", "Type II", "gK=9, spikeThreshold=-10", Double.NaN, "");
		assertEquals(4.4, s.parameters().number("gCa"));
		assertEquals(9, s.parameters().number("gK"));
		assertEquals(-10, s.parameters().number("spikeThreshold"));
		assertEquals(MorrisLecarModel.DT_DEFAULT, s.dt());
		assertEquals(Integrators.RK4, s.integrator());
	}

	@Test
	void badModelParametersNameTheParameter() {
		final InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> ModelSetup.of(
			"Morris-Lecar", "Type I", "gNa=3", Double.NaN, ""));
		assertTrue(unknown.getMessage().contains("gNa") && unknown.getMessage().contains("phi"), unknown.getMessage());
		final InvalidParameterException range = assertThrows(InvalidParameterException.class, () -> ModelSetup.of(
			"Morris-Lecar", "Type I", "v4=0", Double.NaN, ""));
		assertEquals("v4", range.parameter());
		assertThrows(InvalidParameterException.class, () -> ModelSetup.of("Morris-Lecar", "Type III", "", Double.NaN,
			""));
		final InvalidParameterException dt = assertThrows(InvalidParameterException.class, () -> ModelSetup.of(
			"Morris-Lecar", "Type I", "", 2, ""));
		assertEquals("dt", dt.parameter());
		assertThrows(InvalidParameterException.class, () -> ModelSetup.of("Morris-Lecar", "", "", Double.NaN,
			"Exact"));
	}

	/** The descriptor's population starts at the resting state at zero current and steps as the direct one does. */
	@Test
	void descriptorKernelIsTheDirectPopulation() {
		final ModelSetup s = ModelSetup.of("Morris-Lecar", "Type II", "", 0.05, "Heun");
		final SpikingPopulation viaSetup = s.population(3);
		final MorrisLecarCell cell = MorrisLecarModel.presetCell("Type II");
		assertArrayEquals(new double[] { cell.restPotential(0), cell.wInf(cell.restPotential(0)) }, s.model()
			.initialState(s.parameters()), 0);
		final MorrisLecarPopulation direct = new MorrisLecarPopulation(MorrisLecarParameters.uniform(3, cell,
			Double.NaN, 0), 0.05, IntegratorRegistry.get(Heun.NAME));
		final double[] in = { 0, 50, 100 };
		final int[] a = new int[3], b = new int[3];
		for (int k = 0; k < 4000; k++)
			assertEquals(direct.step(in, b), viaSetup.step(in, a));
		assertArrayEquals(direct.voltage(), viaSetup.voltage(), 0);
		assertArrayEquals(direct.variable(1), viaSetup.variable(1), 0);
	}
}

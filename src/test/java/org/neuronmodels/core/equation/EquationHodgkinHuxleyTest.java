package org.neuronmodels.core.equation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.hh.HhConvention;
import org.neuronmodels.core.hh.HhParameters;
import org.neuronmodels.core.hh.HhRates;
import org.neuronmodels.core.hh.HhSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * Hodgkin–Huxley written out as equations (the docs page's library entry, per
 * area with {@code I : uA/cm**2}) follows the built-in Hodgkin-Huxley command
 * (modern convention, E_L −54.3 mV, RK4, dt 0.01 ms, gates starting at their
 * steady state at −65 mV): the same spikes, the voltage to 1e-6 mV. Not bit
 * for bit — the built-in works in u = V + 65 and with other operation orders,
 * and the equation's internal units scale conductances and currents by 1000.
 */
class EquationHodgkinHuxleyTest {

	static final String HH = "dv/dt = (gl*(El - v) - gNa*m**3*h*(v - ENa) - gK*n**4*(v - EK) + I)/Cm : volt\n" +
		"dm/dt = alpha_m*(1 - m) - beta_m*m : 1\n" + "dn/dt = alpha_n*(1 - n) - beta_n*n : 1\n" +
		"dh/dt = alpha_h*(1 - h) - beta_h*h : 1\n" + "alpha_m = 1/exprel(-(v + 40*mV)/(10*mV))/ms : Hz\n" +
		"beta_m = 4*exp(-(v + 65*mV)/(18*mV))/ms : Hz\n" + "alpha_h = 0.07*exp(-(v + 65*mV)/(20*mV))/ms : Hz\n" +
		"beta_h = 1/(exp(-(v + 35*mV)/(10*mV)) + 1)/ms : Hz\n" +
		"alpha_n = 0.1/exprel(-(v + 55*mV)/(10*mV))/ms : Hz\n" + "beta_n = 0.125*exp(-(v + 65*mV)/(80*mV))/ms : Hz\n" +
		"I : uA/cm**2";

	private static double steady(final double alpha, final double beta) {
		return alpha / (alpha + beta);
	}

	@Test
	void hhWrittenOutFollowsTheBuiltInHodgkinHuxley() {
		final String initial = "v = -65*mV, m = " + steady(HhRates.alphaM(0), HhRates.betaM(0)) + ", h = " + steady(
			HhRates.alphaH(0), HhRates.betaH(0)) + ", n = " + steady(HhRates.alphaN(0), HhRates.betaN(0));
		final EquationSpec spec = new EquationSpec(HH, "v > 0*mV", "", "3*ms", "Cm = 1*uF/cm**2, " +
			"gNa = 120*mS/cm**2, gK = 36*mS/cm**2, gl = 0.3*mS/cm**2, ENa = 50*mV, EK = -77*mV, El = -54.3*mV",
			initial);
		final SimulationResult eq = EquationSimulation.run(spec, Integrators.RK4, 0.01, 100, Stimuli.step(10, 10, 90),
			1, ProgressMonitor.NONE);
		final SimulationResult built = HhSimulation.run(HhParameters.standard(HhConvention.MODERN, 1),
			Integrators.RK4, 0.01, 100, Stimuli.step(10, 10, 90), ProgressMonitor.NONE);
		assertTrue(built.spikes().count() >= 5);
		assertArrayEquals(built.spikes().times(), eq.spikes().times(), 1e-9);
		final double[] vb = built.traces().voltage(0), ve = eq.traces().voltage(0);
		assertEquals(vb.length, ve.length);
		for (int k = 0; k < vb.length; k++)
			assertEquals(vb[k], ve[k], 1e-6, "v at step " + k);
	}
}

package org.neuronmodels.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/** The generic model handle of the service, against closed-form LIF spike times. */
class ModelRunTest {

	/**
	 * LIF with R I = 25 mV: V approaches V∞ = −45 mV with τ = 10 ms. From rest (−70 mV) the first
	 * crossing of −50 mV is at τ ln(25/5) = 16.0944 ms; after a reset to −65 mV and 2 ms refractory,
	 * every interval is 2 + τ ln(20/5) = 15.8629 ms (closed form; spike times fall on the 0.01 ms grid).
	 */
	@Test
	void lifSpikeTimesMatchTheClosedForm() {
		final SimulationResult r = new ModelRun("LIF").parameters(
			"vRest=-70, vReset=-65, vThreshold=-50, resistance=10, tauM=10, tRef=2").dt(0.01).duration(200).stimulus(
				Stimuli.constant(2.5)).run();
		final double[] t = r.spikes().timesOf(0);
		assertEquals(12, t.length, java.util.Arrays.toString(t)); // 16.09 + 11 × 15.86 = 190.6 < 200 < 206.5
		assertEquals(10 * Math.log(5), t[0], 0.011);
		for (int i = 1; i < t.length; i++)
			assertEquals(2 + 10 * Math.log(4), t[i] - t[i - 1], 0.021, "interval " + i);
	}

	/**
	 * The same LIF written as equations ({@code neuron.equations}, issue #14): the closed-form spike times
	 * above, from the generic handle's equation mode.
	 */
	@Test
	void anEquationModelRunsThroughTheSameHandle() {
		final SimulationResult r = ModelRun.ofEquations("dv/dt = (-(v - vRest) + R*I)/tauM : volt (unless refractory)")
			.threshold("v > vTh").reset("v = vReset").refractory("2*ms").parameters(
				"vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, tauM = 10*ms").initial("v = vRest")
			.integrator("Exponential Euler").dt(0.01).duration(200).stimulus(Stimuli.constant(2.5)).run();
		final double[] t = r.spikes().timesOf(0);
		assertEquals(12, t.length, java.util.Arrays.toString(t));
		assertEquals(10 * Math.log(5), t[0], 0.011);
		for (int i = 1; i < t.length; i++)
			assertEquals(2 + 10 * Math.log(4), t[i] - t[i - 1], 0.021, "interval " + i);
		final InvalidParameterException units = assertThrows(InvalidParameterException.class, () -> ModelRun
			.ofEquations("dv/dt = (-(v - vRest) + I)/tauM : volt").parameters("vRest = -70*mV, tauM = 10*ms").run());
		assertTrue(units.getMessage().contains("volt") || units.getMessage().contains("amp"), units.getMessage());
		assertThrows(InvalidParameterException.class, () -> new ModelRun("LIF").threshold("v > 0"));
	}

	/**
	 * {@code neuron.fiCurve(handle, …)}: LIF (E_L −70, V_th −50, V_reset −65 mV, R 10 MΩ, τ 10 ms, t_ref 2 ms),
	 * rheobase (V_th − E_L)/R = 2 nA; at 5 nA the closed-form interval is 2 + 10 ln(45/30) = 6.055 ms (165.2 Hz),
	 * which the 0.1 ms grid lengthens by at most one step per interval (≥ 1000/6.155 = 162.5 Hz).
	 */
	@Test
	void fiCurveOfAHandle() {
		final org.neuronmodels.core.sweep.FiCurve c = new DefaultNeuronModelsService().fiCurve(new ModelRun("LIF")
			.parameters("tauM=10, tRef=2").duration(1000), 0, 5, 11);
		assertEquals(2.0, c.theoryRheobase(), 1e-12);
		final double[] currents = c.currents(), rates = c.rates();
		for (int i = 0; i < currents.length; i++)
			if (currents[i] <= 2) assertEquals(0, rates[i], 0.0, "I = " + currents[i]);
		assertEquals(5.0, currents[10], 1e-12);
		assertEquals(1000 / (2 + 10 * Math.log(45.0 / 30)), c.theoryRates()[10], 1e-9);
		assertTrue(rates[10] <= 1000 / (2 + 10 * Math.log(45.0 / 30)) + 1 && rates[10] >= 1000 / 6.155 - 1, "rate " +
			rates[10]);
	}

	@Test
	void modelsArePickedByNameAndTheirErrorsNameTheInput() {
		final InvalidParameterException unknown = assertThrows(InvalidParameterException.class, () -> new ModelRun(
			"Hodgkin-Huxlee"));
		assertEquals("model", unknown.parameter());
		assertTrue(unknown.getMessage().contains("Hodgkin-Huxley"), unknown.getMessage());
		final InvalidParameterException range = assertThrows(InvalidParameterException.class, () -> new ModelRun("LIF")
			.parameters("tauM=-1").run());
		assertEquals("tauM", range.parameter(), range.getMessage());
		assertTrue(range.getMessage().contains("ms"), range.getMessage());
		assertThrows(InvalidParameterException.class, () -> new ModelRun("LIF").parameters("tauX=1").run());
		assertThrows(InvalidParameterException.class, () -> new ModelRun("LIF").duration(-5).run());
		assertTrue(new ModelRun("adex").presets().contains("Tonic")); // Naud et al. 2008, Fig. 4a
		assertEquals("µA/cm²", new ModelRun("Hodgkin-Huxley").currentUnit());
	}
}

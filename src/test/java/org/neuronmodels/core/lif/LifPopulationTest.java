package org.neuronmodels.core.lif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;

/** The LIF population against the closed-form solution and interspike interval. */
class LifPopulationTest {

	private static SimulationResult run(final LifParameters p, final String integrator, final double dt,
		final double duration, final double[] current)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		return Simulation.run(new LifPopulation(p, dt, integrator), CurrentInput.shared(current), grid, Recording
			.of(0), ProgressMonitor.NONE);
	}

	private static double[] constant(final int steps, final double value) {
		final double[] a = new double[steps];
		java.util.Arrays.fill(a, value);
		return a;
	}

	@Test
	void exactUpdateMatchesClosedFormBelowThreshold() {
		// E_L -70, R 10 MΩ, I 1 nA => V∞ = -60 mV, below V_th -50: no spike.
		final LifParameters p = LifParameters.uniform(1, -70, -65, -50, 10, 8, 2);
		final double dt = 0.1;
		final int steps = 1000;
		final SimulationResult r = run(p, Integrators.EXACT, dt, steps * dt, constant(steps, 1.0));
		final double[] v = r.traces().voltage(0);
		final double[] t = r.traces().time();
		for (int k = 0; k < steps; k++) {
			final double expected = -70 + 10 * 1.0 * (1 - Math.exp(-t[k] / 8));
			assertEquals(expected, v[k], 1e-9, "t = " + t[k]);
		}
		assertEquals(0, r.spikes().count());
	}

	@Test
	void eulerConvergesWithOrderOne() {
		final LifParameters p = LifParameters.uniform(1, -70, -65, -50, 10, 8, 2);
		final double tEnd = 8.0;
		final double exact = LifTheory.subthreshold(-70, 10, 1.0, 8, -70, tEnd);
		final double[] dts = { 0.1, 0.05, 0.025, 0.0125 };
		final double[] errors = new double[dts.length];
		for (int j = 0; j < dts.length; j++) {
			final int steps = (int) Math.round(tEnd / dts[j]);
			// one extra step so that the last recorded sample is at t = tEnd
			final SimulationResult r = run(p, Integrators.EULER, dts[j], (steps + 1) * dts[j], constant(steps + 1,
				1.0));
			errors[j] = Math.abs(r.traces().voltage(0)[steps] - exact);
		}
		for (int j = 1; j < dts.length; j++) {
			final double order = Math.log(errors[j - 1] / errors[j]) / Math.log(2);
			assertEquals(1.0, order, 0.05, "observed order between dt " + dts[j - 1] + " and " + dts[j]);
		}
	}

	@Test
	void interspikeIntervalMatchesTheoryWithinOneStep() {
		final double vRest = -70, vReset = -65, vTh = -50, r = 10, tau = 8, tRef = 2, dt = 0.1;
		final LifParameters p = LifParameters.uniform(1, vRest, vReset, vTh, r, tau, tRef);
		for (final double current : new double[] { 2.1, 2.5, 3.0, 5.0 }) {
			final int steps = 20000;
			final SimulationResult res = run(p, Integrators.EXACT, dt, steps * dt, constant(steps, current));
			final double[] t = res.spikes().timesOf(0);
			assertTrue(t.length > 10);
			final double isi = LifTheory.interspikeInterval(vRest, vReset, vTh, r, tau, tRef, current);
			for (int k = 1; k < t.length; k++)
				assertEquals(isi, t[k] - t[k - 1], dt + 1e-9, "ISI at I = " + current);
			final double rate = 1000.0 * (t.length - 1) / (t[t.length - 1] - t[0]);
			final double theory = LifTheory.rate(vRest, vReset, vTh, r, tau, tRef, current);
			// each simulated ISI is the theoretical one rounded up to a whole step
			assertTrue(rate <= theory + 1e-9 && rate >= 1000.0 / (isi + dt), "rate " + rate + " vs " + theory);
		}
	}

	@Test
	void rheobaseSeparatesSilenceFromFiring() {
		final double rheobase = LifTheory.rheobase(-70, -50, 10);
		assertEquals(2.0, rheobase, 1e-12);
		final LifParameters p = LifParameters.uniform(2, -70, -65, -50, 10, 8, 2);
		final int steps = 100000; // 10 s: long enough for V to settle within 1e-3 mV of V∞
		final double[] gains = { rheobase * 0.999, rheobase * 1.001 };
		final SimulationResult res = Simulation.run(new LifPopulation(p, 0.1, Integrators.EXACT), CurrentInput
			.scaled(constant(steps, 1.0), gains, new double[2]), TimeGrid.of(steps * 0.1, 0.1), Recording
				.spikesOnly(), ProgressMonitor.NONE);
		final int[] counts = res.spikes().countsPerNeuron();
		assertEquals(0, counts[0], "no spike just below rheobase");
		assertTrue(counts[1] > 0, "spikes just above rheobase");
	}

	@Test
	void refractoryPeriodClampsVoltageAtReset() {
		final LifParameters p = LifParameters.uniform(1, -70, -65, -50, 10, 8, 5);
		final double dt = 0.1;
		final int steps = 2000;
		final SimulationResult res = run(p, Integrators.EXACT, dt, steps * dt, constant(steps, 5.0));
		final double[] spikes = res.spikes().timesOf(0);
		final double[] v = res.traces().voltage(0);
		final int first = (int) Math.round(spikes[0] / dt);
		for (int k = first; k <= first + 50; k++)
			assertEquals(-65.0, v[k], 0.0, "clamped at V_reset during the refractory period, step " + k);
		assertTrue(v[first + 51] > -65.0, "integration resumes after 5 ms");
	}

	@Test
	void invalidParametersNameTheParameter() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new LifPopulation(
			LifParameters.uniform(1, -70, -65, -50, 10, 0, 2), 0.1, Integrators.EXACT));
		assertEquals("tauM", e.parameter());
		assertTrue(e.getMessage().contains("tauM") && e.getMessage().contains("ms"), e.getMessage());
		final InvalidParameterException dt = assertThrows(InvalidParameterException.class, () -> new LifPopulation(
			LifParameters.uniform(1, -70, -65, -50, 10, 8, 2), -0.1, Integrators.EXACT));
		assertEquals("dt", dt.parameter());
		final InvalidParameterException scheme = assertThrows(InvalidParameterException.class, () -> LifSimulation
			.run(LifParameters.uniform(1, -70, -65, -50, 10, 8, 2), Integrators.RK4, 0.1, 10,
				org.neuronmodels.core.stimulus.Stimuli.constant(0), ProgressMonitor.NONE));
		assertEquals("integrator", scheme.parameter());
		assertTrue(scheme.getMessage().contains("\"Exact\", \"Euler\""), scheme.getMessage());
	}
}

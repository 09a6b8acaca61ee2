package org.neuronmodels.core.adex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.analysis.ExpIfTheory;
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.expif.ExpIfPopulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * The AdEx population against its steady states, an independent Runge–Kutta
 * reference, the exact spike-triggered increments, and the ExpIF it reduces to.
 * Parameters: the neurodynex3 defaults τ_m 5 ms, R 500 MΩ, u_rest −70, v_reset
 * −51, ϑ_rh −50, Δ_T 2 mV, a 0.5 nS = 0.0005 µS, τ_w 100 ms, b 7 pA = 0.007 nA,
 * v_spike −30 mV.
 */
class AdExPopulationTest {

	private static final double TAU_M = 5, R = 500, REST = -70, RH = -50, SHARP = 2, A = 0.0005, TAU_W = 100;

	/** (τ_m dV/dt, τ_w dw/dt) of the defaults at constant current {@code i} nA, written out independently. */
	private static double[] rhs(final double v, final double w, final double i) {
		return new double[] { -(v - REST) + SHARP * Math.exp((v - RH) / SHARP) - R * w + R * i, A * (v - REST) - w };
	}

	private static int advance(final AdExPopulation p, final int steps, final double current) {
		final double[] in = { current };
		final int[] spiked = new int[1];
		int count = 0;
		for (int k = 0; k < steps; k++)
			count += p.step(in, spiked);
		return count;
	}

	private static double[] constant(final int steps, final double value) {
		final double[] x = new double[steps];
		Arrays.fill(x, value);
		return x;
	}

	@Test
	void adaptationSettlesAtAVTimesDepolarisationAndVAtTheIvRoot() {
		// At a steady state dw/dt = 0 gives w = a(V − u_rest); then dV/dt = 0 gives the I–V curve
		// g(V) = −(1 + aR)(V − u_rest) + Δ_T·exp((V − ϑ_rh)/Δ_T) + R·I = 0 with 1 + aR = 1.25. Its lower root
		// is found here by bisection on [u_rest − 20, ϑ_rh]: g(−90) > 0 and g(−50) = −25 + 2 + 500·I < 0 for
		// I < 46 pA. (At 40 pA and above the defaults leave rest: aR = 0.25 > τ_m/τ_w = 0.05, Hopf regime.)
		for (final String integrator : new String[] { Integrators.EULER, Integrators.HEUN }) {
			for (final double current : new double[] { 0.0, 0.01, 0.02, 0.03 }) {
				final AdExPopulation p = new AdExPopulation(AdExParameters.neurodynex(1), 0.01, integrator);
				assertEquals(0, advance(p, 300_000, current), "3 s without a spike at " + current + " nA");
				double lo = REST - 20, hi = RH;
				for (int it = 0; it < 200; it++) {
					final double mid = 0.5 * (lo + hi);
					if (-(1 + A * R) * (mid - REST) + SHARP * Math.exp((mid - RH) / SHARP) + R * current > 0) lo = mid;
					else hi = mid;
				}
				final double vSs = 0.5 * (lo + hi);
				assertEquals(vSs, p.voltage()[0], 1e-9, integrator + ", V_ss at I = " + current);
				assertEquals(A * (vSs - REST), p.adaptation()[0], 1e-12, integrator + ", w_ss at I = " + current);
				assertEquals(vSs, ExpIfTheory.restingPotential(REST, RH, SHARP, R, A, current), 1e-9);
			}
		}
	}

	/** (V, w) at {@code tEnd} from rest by classical RK4 with step {@code h} (independent reference). */
	private static double[] rk4(final double current, final double tEnd, final double h) {
		double v = REST, w = 0;
		final int n = (int) Math.round(tEnd / h);
		for (int k = 0; k < n; k++) {
			final double[] k1 = rhs(v, w, current);
			final double[] k2 = rhs(v + 0.5 * h * k1[0] / TAU_M, w + 0.5 * h * k1[1] / TAU_W, current);
			final double[] k3 = rhs(v + 0.5 * h * k2[0] / TAU_M, w + 0.5 * h * k2[1] / TAU_W, current);
			final double[] k4 = rhs(v + h * k3[0] / TAU_M, w + h * k3[1] / TAU_W, current);
			v += h / 6 / TAU_M * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
			w += h / 6 / TAU_W * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
		}
		return new double[] { v, w };
	}

	@Test
	void eulerConvergesWithOrderOneAndHeunWithOrderTwo() {
		final double current = 0.03, tEnd = 20; // subthreshold (see above)
		final double[] exact = rk4(current, tEnd, 1e-4);
		final double[] dts = { 0.1, 0.05, 0.025, 0.0125 };
		for (final String integrator : new String[] { Integrators.EULER, Integrators.HEUN }) {
			final double[] errV = new double[dts.length], errW = new double[dts.length];
			for (int j = 0; j < dts.length; j++) {
				final AdExPopulation p = new AdExPopulation(AdExParameters.neurodynex(1), dts[j], integrator);
				assertEquals(0, advance(p, (int) Math.round(tEnd / dts[j]), current));
				errV[j] = Math.abs(p.voltage()[0] - exact[0]);
				errW[j] = Math.abs(p.adaptation()[0] - exact[1]);
			}
			final double expected = Integrators.EULER.equals(integrator) ? 1 : 2;
			for (int j = 1; j < dts.length; j++) {
				assertEquals(expected, Math.log(errV[j - 1] / errV[j]) / Math.log(2), 0.1, integrator + " order of V");
				assertEquals(expected, Math.log(errW[j - 1] / errW[j]) / Math.log(2), 0.1, integrator + " order of w");
			}
		}
	}

	@Test
	void eachSpikeAddsBToW() {
		// a = 0: Euler gives w_(k+1) = (1 − dt/τ_w)·w_k, plus b after the update of a spike step j, so after N
		// steps w = b·Σ_spikes (1 − dt/τ_w)^(N − 1 − j).
		final double dt = 0.01, tauW = 1000, b = 0.007;
		final AdExParameters p = AdExParameters.uniform(1, 5, 500, -70, -51, -50, 2, 0, tauW, b, -30);
		final AdExPopulation pop = new AdExPopulation(p, dt, Integrators.EULER);
		final int steps = 30_000;
		final double[] in = { 0.1 };
		final int[] spiked = new int[1];
		double expected = 0;
		int spikes = 0;
		for (int k = 0; k < steps; k++) {
			if (pop.step(in, spiked) == 1) {
				expected += b * Math.pow(1 - dt / tauW, steps - 1 - k);
				spikes++;
			}
		}
		assertTrue(spikes > 5, "spikes: " + spikes);
		assertEquals(expected, pop.adaptation()[0], 1e-12);
	}

	@Test
	void withoutAdaptationAdExIsTheExponentialIntegrateAndFire() {
		final ExpIfParameters e = ExpIfParameters.uniform(1, 12, 20, -65, -60, -55, 2, -30, 0);
		final AdExParameters x = AdExParameters.uniform(1, 12, 20, -65, -60, -55, 2, 0, 100, 0, -30);
		final double[] current = Stimuli.step(0.8, 20, 120).sample(TimeGrid.of(180, 0.05));
		for (final String integrator : new String[] { Integrators.EULER, Integrators.HEUN }) {
			final SimulationResult re = Simulation.run(new ExpIfPopulation(e, 0.05, integrator), CurrentInput.shared(
				current), TimeGrid.of(180, 0.05), Recording.of(0), ProgressMonitor.NONE);
			final SimulationResult rx = Simulation.run(new AdExPopulation(x, 0.05, integrator), CurrentInput.shared(
				current), TimeGrid.of(180, 0.05), Recording.of(0), ProgressMonitor.NONE);
			assertTrue(re.spikes().count() > 3);
			assertArrayEquals(re.traces().voltage(0), rx.traces().voltage(0), 0.0, integrator);
			assertArrayEquals(re.spikes().times(), rx.spikes().times(), 0.0);
		}
	}

	@Test
	void tracesRecordVoltageAndAdaptation() {
		final SimulationResult r = AdExSimulation.run(AdExParameters.neurodynex(1), Integrators.EULER, 0.01, 300,
			Stimuli.step(0.065, 10, 200), ProgressMonitor.NONE);
		assertArrayEquals(new String[] { "V", "w" }, r.traces().variables());
		assertArrayEquals(new String[] { "mV", "nA" }, r.traces().units());
		final double[] w = r.traces().values("w", 0);
		final double[] spikes = r.spikes().timesOf(0);
		assertTrue(spikes.length > 3);
		// the sample at a spike time holds w just after its jump: at least b above the previous sample
		final int k = (int) Math.round(spikes[0] / 0.01);
		assertTrue(w[k] - w[k - 1] > 0.007 - 1e-4, "jump by b = 7 pA at the first spike");
	}

	@Test
	void blowUpIsReportedWithASmallerStep() {
		// dt = 5·τ_w: Euler multiplies w − a(V − u_rest) by 1 − dt/τ_w = −4 every step.
		final AdExParameters p = AdExParameters.uniform(1, 5, 500, -70, -51, -50, 2, 0.0005, 0.01, 0.007, -30);
		final double dt = 0.05;
		final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class, () -> Simulation
			.run(new AdExPopulation(p, dt, Integrators.EULER), CurrentInput.shared(constant(2000, 0.02)),
				TimeGrid.of(100, dt), Recording.of(0), ProgressMonitor.NONE));
		assertEquals(dt / 10, e.suggestedDt(), 1e-15);
		assertTrue(e.getMessage().contains("smaller dt"), e.getMessage());
		// the checked entry point refuses that step before running
		final InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> AdExSimulation
			.run(p, Integrators.EULER, dt, 100, Stimuli.constant(0.02), ProgressMonitor.NONE));
		assertEquals("dt", refused.parameter());
		assertTrue(refused.getMessage().contains("tauW"), refused.getMessage());
	}

	@Test
	void invalidParametersNameTheParameter() {
		assertEquals("tauW", assertThrows(InvalidParameterException.class, () -> AdExParameters.uniform(1, 5, 500,
			-70, -51, -50, 2, 0.0005, 0, 0.007, -30).validate()).parameter());
		assertEquals("deltaT", assertThrows(InvalidParameterException.class, () -> AdExParameters.uniform(1, 5, 500,
			-70, -51, -50, -1, 0.0005, 100, 0.007, -30).validate()).parameter());
		assertEquals("vSpike", assertThrows(InvalidParameterException.class, () -> AdExParameters.uniform(1, 5, 500,
			-70, -51, -50, 2, 0.0005, 100, 0.007, -60).validate()).parameter());
		assertEquals("vReset", assertThrows(InvalidParameterException.class, () -> AdExParameters.uniform(1, 5, 500,
			-70, -20, -50, 2, 0.0005, 100, 0.007, -30).validate()).parameter());
		assertEquals("a", assertThrows(InvalidParameterException.class, () -> AdExParameters.uniform(1, 5, 500, -70,
			-51, -50, 2, Double.NaN, 100, 0.007, -30).validate()).parameter());
	}
}

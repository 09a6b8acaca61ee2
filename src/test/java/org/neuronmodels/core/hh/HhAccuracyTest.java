package org.neuronmodels.core.hh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * Convergence orders of the integrators, and two exact symmetries of the
 * equations: the 1952 convention is the modern one shifted by 65 mV, and the
 * temperature factor is a rescaling of time.
 */
class HhAccuracyTest {

	private static SimulationResult run(final HhParameters p, final String integrator, final double dt,
		final double duration, final double current)
	{
		return HhSimulation.run(p, integrator, dt, duration, Stimuli.constant(current), ProgressMonitor.NONE);
	}

	/** The largest |V − V_ref| over the samples of the coarse run (the reference is sampled every stride steps). */
	private static double maxError(final double[] v, final double[] ref, final int stride) {
		double e = 0;
		for (int k = 0; k < v.length; k++)
			e = Math.max(e, Math.abs(v[k] - ref[k * stride]));
		return e;
	}

	/**
	 * A subthreshold response (2 µA/cm² from rest for 10 ms: a damped
	 * oscillation, no spike) against RK4 at dt = 0.0003125 ms, whose own error is
	 * about (0.0003125/0.01)^4 ≈ 1e-6 of the smallest error measured. The observed
	 * order log2(e(dt)/e(dt/2)) must be 4 ± 0.2 for RK4 and 1 ± 0.1 for the Euler
	 * schemes.
	 */
	@Test
	void observedOrdersAreFourAndOne() {
		final HhParameters p = HhParameters.standard(HhConvention.MODERN, 1);
		final double refDt = 0.0003125, duration = 10;
		final double[] ref = run(p, Integrators.RK4, refDt, duration, 2).traces().voltage(0);
		assertEquals(0, run(p, Integrators.RK4, 0.01, duration, 2).spikes().count(), "subthreshold");
		for (final String integrator : new String[] { Integrators.RK4, Integrators.EXPONENTIAL_EULER, Integrators.EULER }) {
			final boolean rk4 = Integrators.RK4.equals(integrator);
			final double[] dts = rk4 ? new double[] { 0.04, 0.02, 0.01 } : new double[] { 0.01, 0.005, 0.0025 };
			final double expected = rk4 ? 4 : 1, tolerance = rk4 ? 0.2 : 0.1;
			double previous = Double.NaN;
			for (final double dt : dts) {
				final double e = maxError(run(p, integrator, dt, duration, 2).traces().voltage(0), ref, (int) Math
					.round(dt / refDt));
				if (!Double.isNaN(previous)) {
					final double order = Math.log(previous / e) / Math.log(2);
					assertEquals(expected, order, tolerance, integrator + " order between dt " + 2 * dt + " and " + dt);
				}
				previous = e;
			}
			assertTrue(previous < (rk4 ? 1e-8 : 0.02), integrator + " error at the finest dt: " + previous);
		}
	}

	/**
	 * With E_L = 10.7 mV (= −54.3 + 65) the 1952 convention is the modern model
	 * with every potential shifted by +65 mV: the traces differ by 65 mV and the
	 * spikes (detected at 65 vs 0 mV) coincide.
	 */
	@Test
	void conventionsDifferByA65MvShift() {
		final HhParameters modern = HhParameters.standard(HhConvention.MODERN, 1);
		final HhParameters old = HhParameters.standard(HhConvention.ORIGINAL_1952, 1);
		old.eL[0] = 10.7;
		old.spikeThreshold[0] = 65;
		for (final String integrator : new String[] { Integrators.RK4, Integrators.EXPONENTIAL_EULER, Integrators.EULER }) {
			final SimulationResult a = run(modern, integrator, 0.01, 50, 10);
			final SimulationResult b = run(old, integrator, 0.01, 50, 10);
			final double[] va = a.traces().voltage(0), vb = b.traces().voltage(0);
			for (int k = 0; k < va.length; k++)
				assertEquals(va[k] + 65, vb[k], 1e-8, integrator + " at t = " + a.traces().time()[k]);
			assertArrayEquals(a.traces().values("n", 0), b.traces().values("n", 0), 1e-10);
			assertArrayEquals(a.spikes().times(), b.spikes().times(), 0.0);
			assertTrue(a.spikes().count() >= 3);
		}
	}

	/**
	 * At 16.3 °C every rate triples (Q10 = 3). With C = 1/3 µF/cm² as well, the
	 * whole right-hand side triples, so V_hot(t) = V_cold(3t): 1000 RK4 steps of
	 * 0.01 ms at 16.3 °C equal 1000 steps of 0.03 ms at 6.3 °C.
	 */
	@Test
	void temperatureRescalesTime() {
		final HhParameters cold = HhParameters.standard(HhConvention.MODERN, 1);
		final HhParameters hot = HhParameters.standard(HhConvention.MODERN, 1);
		hot.celsius[0] = 16.3;
		hot.capacitance[0] = 1.0 / 3;
		final SimulationResult c = run(cold, Integrators.RK4, 0.03, 30, 10);
		final SimulationResult h = run(hot, Integrators.RK4, 0.01, 10, 10);
		final double[] vc = c.traces().voltage(0), vh = h.traces().voltage(0);
		assertEquals(vc.length, vh.length);
		for (int k = 0; k < vc.length; k++)
			assertEquals(vc[k], vh[k], 1e-8, "sample " + k);
		assertTrue(c.spikes().count() >= 1);
		for (int s = 0; s < c.spikes().count(); s++)
			assertEquals(c.spikes().time(s), 3 * h.spikes().time(s), 1e-9);
	}
}

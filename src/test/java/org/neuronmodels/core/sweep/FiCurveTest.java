package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ModelSetup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * The LIF f–I curve against closed forms. Parameters: the neurodynex3 f–I
 * exercise (V_rest −70, V_reset −65, V_th −50 mV, R 10 MΩ, τ 8 ms, t_ref 3 ms),
 * dt 0.1 ms, 500 ms, as in peers/brian2_fi_sweep.py.
 */
class FiCurveTest {

	static final double V_REST = -70, V_RESET = -65, V_TH = -50, R = 10, TAU = 8, T_REF = 3, DT = 0.1;

	/** The exercise's LIF by name, with time constant {@code tau} and step {@code dt}. */
	static ModelSetup lif(final String integrator, final double tau, final double dt) {
		return ModelSetup.of("LIF", "", "vRest=" + V_REST + ", vReset=" + V_RESET + ", vThreshold=" + V_TH +
			", resistance=" + R + ", tauM=" + tau + ", tRef=" + T_REF, dt, integrator);
	}

	static ModelSetup lif(final String integrator) {
		return lif(integrator, TAU, DT);
	}

	static FiCurve sweep(final String integrator, final FiProtocol protocol, final boolean interpolate) {
		return FiCurve.compute(lif(integrator), protocol, 0, 5, 101, interpolate, ProgressMonitor.NONE);
	}

	/** Time from V_reset to the crossing for constant I: τ·ln((V∞ − V_reset)/(V∞ − V_th)). */
	static double rise(final double current) {
		final double vInf = V_REST + R * current;
		return TAU * Math.log((vInf - V_RESET) / (vInf - V_TH));
	}

	@Test
	void gridRatesAreTheIntervalRoundedUpToWholeSteps() {
		// After the first spike every interval is identical: t_ref (30 whole steps) plus the rise from
		// V_reset, which the exact update crosses at the first step m with m·dt > rise: m = floor(rise/dt) + 1.
		final FiCurve c = sweep("Exact", FiProtocol.constant(500), false);
		int checked = 0;
		for (int i = 0; i < c.currents().length; i++) {
			final double I = c.currents()[i];
			if (I <= 2.0) {
				assertEquals(0, c.rates()[i], 0, "silent at or below the 2 nA rheobase, I = " + I);
				continue;
			}
			final double steps = rise(I) / DT;
			if (Math.abs(steps - Math.rint(steps)) < 1e-6) continue; // crossing on a grid point: ambiguous
			final double isi = T_REF + (Math.floor(steps) + 1) * DT;
			assertEquals(1000 / isi, c.rates()[i], 1e-9, "I = " + I);
			checked++;
		}
		assertTrue(checked > 50);
	}

	@Test
	void interpolatedRatesMeetTheoryMuchCloserThanGridRates() {
		// Without interpolation each interval T is rounded up by at most dt, so the rate error
		// 1000/T − 1000/(T + dt) = rate·dt/(T + dt) < rate²·dt/1000 (2.6 Hz at 160 Hz).
		// With the exponential inverted inside the step the interval is exactly t_ref + rise:
		// only rounding errors remain (≈ 1e-12 relative over 500 ms).
		final FiCurve c = sweep("Exact", FiProtocol.constant(500), true);
		double worstGrid = 0, worstInterp = 0;
		for (int i = 0; i < c.currents().length; i++) {
			final double theory = c.theoryRates()[i];
			assertEquals(LifTheory.rate(V_REST, V_RESET, V_TH, R, TAU, T_REF, c.currents()[i]), theory, 0);
			final double gridError = theory - c.rates()[i];
			assertTrue(gridError >= 0 && gridError <= theory * theory * DT / 1000 + 1e-9, "grid bound, I = " + c
				.currents()[i]);
			worstGrid = Math.max(worstGrid, gridError);
			worstInterp = Math.max(worstInterp, Math.abs(c.interpolatedRates()[i] - theory));
		}
		assertTrue(worstInterp < 1e-6, "interpolated error " + worstInterp + " Hz");
		assertTrue(worstGrid > 0.5, "grid error " + worstGrid + " Hz should show the rounding");
	}

	@Test
	void eulerCrossingsAreInterpolatedAlongTheLinearStep() {
		// Independent computation of the Euler interval: V_m = V∞ + (V_reset − V∞)(1 − dt/τ)^m; the first m
		// with V_m > V_th; the straight line from V_(m−1) to V_m crosses at f = (V_th − V_(m−1))/(V_m − V_(m−1)).
		final FiCurve c = sweep("Euler", FiProtocol.constant(500), true);
		for (int i = 0; i < c.currents().length; i++) {
			final double I = c.currents()[i];
			if (I <= 2.0) continue;
			final double vInf = V_REST + R * I;
			double prev = V_RESET, v = V_RESET;
			int m = 0;
			while (v <= V_TH) {
				prev = v;
				v = vInf + (v - vInf) * (1 - DT / TAU);
				m++;
			}
			final double isi = T_REF + (m - 1 + (V_TH - prev) / (v - prev)) * DT;
			assertEquals(1000 / isi, c.interpolatedRates()[i], 1e-6, "I = " + I);
		}
	}

	@Test
	void stepProtocolGivesTheSameSteadyRates() {
		final FiCurve constant = sweep("Exact", FiProtocol.constant(500), true);
		final FiCurve step = sweep("Exact", FiProtocol.step(500, 100, 400), true);
		for (int i = 0; i < constant.currents().length; i++) {
			if (step.spikeCounts()[i] < 2) continue;
			assertEquals(constant.rates()[i], step.rates()[i], 1e-9);
			assertEquals(constant.interpolatedRates()[i], step.interpolatedRates()[i], 1e-6);
			assertTrue(step.spikeCounts()[i] < constant.spikeCounts()[i]);
		}
	}

	@Test
	void rheobaseByBisectionMatchesTheory() {
		// (V_th − V_rest)/R = 2 nA. Two spikes within the second half (250–500 ms) need R·I − 20 mV > ~1e-12 mV
		// (first spike at τ·ln(R·I/(R·I − 20)) < 500 ms, then intervals of about t_ref + τ·ln(25/(R·I − 20))), so the simulated
		// rheobase equals 2 nA far below the bisection tolerance (1e-6 of the 5 nA range).
		final FiCurve c = sweep("Exact", FiProtocol.constant(500), false);
		assertEquals(2.0, c.theoryRheobase(), 1e-12);
		assertEquals(2.0, c.rheobase(), 0.5 * FiCurve.RHEOBASE_RELATIVE_TOLERANCE * 5 + 1e-12);
		// the largest rate is the grid rate at 5 nA (the LIF rate grows with I)
		assertEquals(1000 / (T_REF + (Math.floor(rise(5) / DT) + 1) * DT), c.maxRate(), 1e-9);
	}

	@Test
	void rheobaseOutsideTheRangeIsNaN() {
		final FiCurve high = FiCurve.compute(lif("Exact"), FiProtocol.constant(200), 3, 5,
			5, false, ProgressMonitor.NONE);
		assertTrue(Double.isNaN(high.rheobase()));
		final FiCurve low = FiCurve.compute(lif("Exact"), FiProtocol.constant(200), 0, 1.5,
			5, false, ProgressMonitor.NONE);
		assertTrue(Double.isNaN(low.rheobase()));
		assertEquals(0, low.maxRate(), 0);
		assertNull(low.interpolatedRates());
	}

	@Test
	void badInputNamesTheField() {
		final ProgressMonitor none = ProgressMonitor.NONE;
		assertField("currentSteps", () -> FiCurve.compute(lif("Exact"), FiProtocol.constant(100), 0, 5, 0, false,
			none));
		assertField("currentMax", () -> FiCurve.compute(lif("Exact"), FiProtocol.constant(100), 5, 1, 10, false,
			none));
		assertField("currentMin", () -> FiCurve.compute(lif("Exact"), FiProtocol.constant(100), Double.NaN, 1, 10,
			false, none));
		assertField("dt", () -> FiCurve.compute(lif("Exact", TAU, 9.0), FiProtocol.constant(100), 0, 1, 10, false,
			none));
		assertField("tauM", () -> FiCurve.compute(lif("Exact", -1, DT), FiProtocol.constant(100), 0, 1, 10,
			false, none));
		assertField("integrator", () -> FiCurve.compute(lif("RK4"), FiProtocol.constant(100), 0, 1, 10, false,
			none));
		assertField("stimStop", () -> FiCurve.compute(lif("Exact"), FiProtocol.step(100, 50, 200), 0, 1, 10, false,
			none));
		assertField("duration", () -> FiCurve.compute(lif("Exact"), FiProtocol.constant(-1), 0, 1, 10, false,
			none));
		assertField("model", () -> ModelRegistry.byName("No such model"));
	}

	static void assertField(final String field, final org.junit.jupiter.api.function.Executable run) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, run);
		assertEquals(field, e.parameter(), e.getMessage());
		assertTrue(e.getMessage().startsWith(field), e.getMessage());
	}
}

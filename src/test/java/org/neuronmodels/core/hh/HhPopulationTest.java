package org.neuronmodels.core.hh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * One Hodgkin-Huxley neuron: resting state, a single action potential against
 * NEURON, spike counting, blow-up and parameter checks.
 * <p>
 * Reference values marked "NEURON CVODE" were computed on this machine with
 * NEURON 8.2.2 (Debian python3-neuron), built-in {@code hh}, usetable_hh = 0
 * (exact rate functions), celsius 6.3, one compartment of area 1e-3 cm²
 * (IClamp nA = µA/cm²), variable-step CVODE with atol 1e-10, v_init −65 mV;
 * the script is src/test/python/neuron_hh_reference.py.
 * </p>
 */
class HhPopulationTest {

	private static SimulationResult run(final HhParameters p, final String integrator, final double dt,
		final double duration, final Stimulus stimulus)
	{
		return HhSimulation.run(p, integrator, dt, duration, stimulus, ProgressMonitor.NONE);
	}

	/** The total ionic current (µA/cm²) with the gates at steady state, from the test's own rate formulas. */
	private static double steadyIonicCurrent(final HhConvention c, final double v) {
		final double u = v - c.rateOrigin(); // depolarisation; far from the singular u = 10, 25
		final double am = 0.1 * (25 - u) / (Math.exp((25 - u) / 10) - 1), bm = 4 * Math.exp(-u / 18);
		final double ah = 0.07 * Math.exp(-u / 20), bh = 1 / (Math.exp((30 - u) / 10) + 1);
		final double an = 0.01 * (10 - u) / (Math.exp((10 - u) / 10) - 1), bn = 0.125 * Math.exp(-u / 80);
		final double m = am / (am + bm), h = ah / (ah + bh), n = an / (an + bn);
		return 120 * m * m * m * h * (v - c.eNa()) + 36 * n * n * n * n * (v - c.eK()) + 0.3 * (v - c.eL());
	}

	/** The resting potential: the root of the steady-state ionic current within ±5 mV of the nominal rest. */
	private static double restByBisection(final HhConvention c) {
		double lo = c.restPotential() - 5, hi = c.restPotential() + 5;
		assertTrue(steadyIonicCurrent(c, lo) < 0 && steadyIonicCurrent(c, hi) > 0, "bracket");
		for (int k = 0; k < 200 && hi - lo > 1e-13; k++) {
			final double mid = (lo + hi) / 2;
			if (steadyIonicCurrent(c, mid) < 0) lo = mid;
			else hi = mid;
		}
		return (lo + hi) / 2;
	}

	@Test
	void restingPotentialIsTheRootOfTheSteadyStateCurrent() {
		// NEURON CVODE, no current, V after 500 ms: -64.974052457 mV (with E_L = -54.3 the rest is not
		// exactly -65 mV: hh.mod's E_L is rounded from HH's 10.613 mV above rest).
		final double modern = restByBisection(HhConvention.MODERN);
		assertEquals(-64.974052457, modern, 1e-6);
		for (final HhConvention c : HhConvention.values()) {
			final double rest = restByBisection(c);
			assertEquals(c.restPotential(), rest, 0.05, c + ": rest within 0.05 mV of the nominal value");
			for (final String integrator : new String[] { Integrators.RK4, Integrators.EXPONENTIAL_EULER, Integrators.EULER }) {
				final SimulationResult r = run(HhParameters.standard(c, 1), integrator, 0.01, 300, Stimuli.constant(0));
				final double[] v = r.traces().voltage(0);
				final int last = v.length - 1;
				assertEquals(rest, v[last], 1e-7, c + " " + integrator + ": V settles at the root");
				final double u = rest - c.rateOrigin();
				assertEquals(HhRates.mInf(u), r.traces().values("m", 0)[last], 1e-9, "m = m∞(rest)");
				assertEquals(HhRates.hInf(u), r.traces().values("h", 0)[last], 1e-9, "h = h∞(rest)");
				assertEquals(HhRates.nInf(u), r.traces().values("n", 0)[last], 1e-9, "n = n∞(rest)");
				final double total = r.traces().values("I_Na", 0)[last] + r.traces().values("I_K", 0)[last] + r.traces()
					.values("I_L", 0)[last];
				assertEquals(0, total, 1e-7, "no net ionic current at rest");
				assertEquals(0, r.spikes().count());
			}
		}
	}

	@Test
	void gatesStartAtSteadyStateForTheInitialVoltage() {
		final HhParameters p = HhParameters.standard(HhConvention.MODERN, 2);
		p.vInit[1] = -50;
		final HhPopulation pop = new HhPopulation(p, 0.01, Integrators.RK4);
		assertEquals(-65, pop.voltage()[0], 0.0);
		assertEquals(-50, pop.voltage()[1], 0.0);
		assertEquals(HhRates.mInf(15), pop.variable(1)[1], 0.0);
		assertEquals(HhRates.hInf(15), pop.variable(2)[1], 0.0);
		assertEquals(HhRates.nInf(15), pop.variable(3)[1], 0.0);
		assertArrayEquals(new String[] { "V", "m", "h", "n", "I_Na", "I_K", "I_L" }, pop.variables());
		assertEquals(0.3 * (-50 + 54.3), pop.variable(6)[1], 1e-12, "I_L = g_L (V − E_L)");
	}

	/**
	 * A 1 ms pulse of 10 µA/cm² at t = 1 ms from rest. NEURON CVODE: peak 39.092124 mV at 3.498228 ms,
	 * upward 0 mV crossing 3.259057 ms, downward 4.395811 ms (width above 0 mV 1.136755 ms), after-
	 * hyperpolarisation minimum -76.169525 mV. (Textbooks quote a peak near +40 mV for NEURON's hh.)
	 * RK4 at dt 0.01 ms is within 0.002 mV / 0.002 ms of it (peak between samples located by a parabola
	 * through the three highest samples).
	 */
	@Test
	void singleActionPotentialMatchesNeuron() {
		final double dt = 0.01;
		final SimulationResult r = run(HhParameters.standard(HhConvention.MODERN, 1), Integrators.RK4, dt, 30,
			Stimuli.step(10, 1, 2));
		final double[] v = r.traces().voltage(0), t = r.traces().time();
		int kp = 0;
		for (int k = 1; k < v.length; k++)
			if (v[k] > v[kp]) kp = k;
		final double y0 = v[kp - 1], y1 = v[kp], y2 = v[kp + 1];
		final double shift = (y0 - y2) / (2 * (y0 - 2 * y1 + y2));
		assertEquals(39.092124, y1 - (y0 - y2) * shift / 4, 0.002, "peak (mV)");
		assertEquals(3.498228, t[kp] + shift * dt, 0.002, "time of peak (ms)");
		final double up = crossing(t, v, 0, true), down = crossing(t, v, 0, false);
		assertEquals(3.259057, up, 0.001, "upward 0 mV crossing (ms)");
		assertEquals(4.395811, down, 0.001, "downward 0 mV crossing (ms)");
		assertEquals(1.136755, down - up, 0.001, "width above 0 mV (ms)");
		double min = Double.POSITIVE_INFINITY;
		for (int k = kp; k < v.length; k++)
			min = Math.min(min, v[k]);
		assertEquals(-76.169525, min, 0.002, "after-hyperpolarisation minimum (mV)");
		assertEquals(1, r.spikes().count());
		assertEquals(Math.ceil(up / dt) * dt, r.spikes().time(0), 1e-9, "stamped at the first grid time above 0 mV");
	}

	/** The first linearly interpolated crossing of {@code level}, upward or downward. */
	private static double crossing(final double[] t, final double[] v, final double level, final boolean upward) {
		for (int k = 1; k < v.length; k++) {
			final boolean crossed = upward ? v[k - 1] <= level && v[k] > level : v[k - 1] > level && v[k] <= level;
			if (crossed) return t[k - 1] + (t[k] - t[k - 1]) * (level - v[k - 1]) / (v[k] - v[k - 1]);
		}
		return Double.NaN;
	}

	@Test
	void eachActionPotentialCountsOnce() {
		for (final String integrator : new String[] { Integrators.RK4, Integrators.EXPONENTIAL_EULER, Integrators.EULER }) {
			final HhParameters p = HhParameters.standard(HhConvention.MODERN, 1);
			final SimulationResult r = run(p, integrator, 0.005, 200, Stimuli.constant(10));
			final double[] v = r.traces().voltage(0);
			int maxima = 0, upward = 0;
			for (int k = 1; k + 1 < v.length; k++) {
				if (v[k] > 0 && v[k] >= v[k - 1] && v[k] > v[k + 1]) maxima++;
				if (v[k - 1] <= 0 && v[k] > 0) upward++;
			}
			assertTrue(maxima >= 12, "repetitive firing at 10 µA/cm² (about 70 Hz)");
			assertEquals(maxima, r.spikes().count(), integrator + ": one spike per peak above 0 mV");
			assertEquals(upward, r.spikes().count(), integrator + ": one spike per upward crossing");
			p.spikeThreshold[0] = 30;
			assertEquals(maxima, run(p, integrator, 0.005, 200, Stimuli.constant(10)).spikes().count(),
				integrator + ": the same count with the detection level near the peak");
		}
	}

	/**
	 * With strong noise the voltage jitters, yet each action potential counts
	 * once: the count equals an independent detector with hysteresis (arm below
	 * −20 mV, fire above 0 mV).
	 */
	@Test
	void noisyInputStillCountsOncePerActionPotential() {
		final SimulationResult r = run(HhParameters.standard(HhConvention.MODERN, 1), Integrators.RK4, 0.01, 500,
			Stimuli.ornsteinUhlenbeck(8, 6, 1, 7));
		final double[] v = r.traces().voltage(0);
		int count = 0;
		boolean armed = v[0] < -20;
		for (int k = 1; k < v.length; k++) {
			if (armed && v[k] > 0) {
				count++;
				armed = false;
			}
			if (v[k] < -20) armed = true;
		}
		assertTrue(count > 10, "the noisy input makes the neuron fire");
		assertEquals(count, r.spikes().count());
	}

	@Test
	void eulerAtPointOneMsBlowsUpWithAHelpfulMessage() {
		final HhParameters p = HhParameters.standard(HhConvention.MODERN, 1);
		for (final String integrator : new String[] { Integrators.EULER, Integrators.RK4 }) {
			final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class, () -> run(p,
				integrator, 0.1, 50, Stimuli.constant(10)), integrator);
			assertTrue(e.getMessage().contains("smaller dt"), e.getMessage());
			assertEquals(0.01, e.suggestedDt(), 1e-15);
		}
		// exponential Euler is unconditionally stable for frozen gates: coarse but finite, and it fires
		assertTrue(run(p, Integrators.EXPONENTIAL_EULER, 0.1, 50, Stimuli.constant(10)).spikes().count() > 0);
	}

	@Test
	void voltageBoundsLie200MvBeyondTheReversalPotentials() {
		assertArrayEquals(new double[] { -277, 250 }, new HhPopulation(HhParameters.standard(HhConvention.MODERN, 3),
			0.01, Integrators.RK4).voltageBounds(), 1e-12);
		assertArrayEquals(new double[] { -212, 315 }, new HhPopulation(HhParameters.standard(
			HhConvention.ORIGINAL_1952, 1), 0.01, Integrators.RK4).voltageBounds(), 1e-12);
	}

	@Test
	void nanMeansTheConventionsValueAndExplicitValuesWin() {
		final double nan = Double.NaN;
		final HhParameters p = HhParameters.uniform(2, HhConvention.ORIGINAL_1952, nan, 20, nan, nan, nan, 10.7, nan,
			nan, nan, nan);
		assertEquals(120, p.gNa[1], 0.0);
		assertEquals(20, p.gK[1], 0.0);
		assertEquals(0.3, p.gL[1], 0.0);
		assertEquals(115, p.eNa[0], 0.0);
		assertEquals(-12, p.eK[0], 0.0);
		assertEquals(10.7, p.eL[0], 0.0);
		assertEquals(1, p.capacitance[0], 0.0);
		assertEquals(6.3, p.celsius[0], 0.0);
		assertEquals(0, p.vInit[0], 0.0);
		assertEquals(60, p.spikeThreshold[0], 0.0);
		final HhParameters q = HhParameters.standard(HhConvention.MODERN, 1);
		assertArrayEquals(new double[] { 50, -77, -54.3, -65, 0 }, new double[] { q.eNa[0], q.eK[0], q.eL[0],
			q.vInit[0], q.spikeThreshold[0] }, 0.0);
	}

	@Test
	void badParametersAreNamed() {
		final String[] names = { "gNa", "gK", "gL", "capacitance", "celsius", "eNa", "vInit", "spikeThreshold" };
		final double[] bad = { -1, Double.NaN, -0.1, 0, 80, 500, Double.POSITIVE_INFINITY, -300 };
		for (int j = 0; j < names.length; j++) {
			final HhParameters p = HhParameters.standard(HhConvention.MODERN, 2);
			final double[] field = field(p, names[j]);
			field[1] = bad[j];
			final InvalidParameterException e = assertThrows(InvalidParameterException.class, p::validate);
			assertEquals(names[j], e.parameter());
		}
		final HhParameters ok = HhParameters.standard(HhConvention.MODERN, 1);
		assertEquals("dt", assertThrows(InvalidParameterException.class, () -> run(ok, Integrators.RK4, 2, 10,
			Stimuli.constant(0))).parameter());
		assertEquals("convention", assertThrows(InvalidParameterException.class, () -> HhConvention.fromLabel(
			"1953")).parameter());
		final InvalidParameterException scheme = assertThrows(InvalidParameterException.class, () -> new HhPopulation(
			ok, 0.01, Integrators.EXACT));
		assertEquals("integrator", scheme.parameter());
		assertTrue(scheme.getMessage().contains("\"RK4\", \"Exponential Euler\", \"Euler\", \"Heun\""), scheme
			.getMessage());
	}

	private static double[] field(final HhParameters p, final String name) {
		switch (name) {
			case "gNa": return p.gNa;
			case "gK": return p.gK;
			case "gL": return p.gL;
			case "capacitance": return p.capacitance;
			case "celsius": return p.celsius;
			case "eNa": return p.eNa;
			case "vInit": return p.vInit;
			default: return p.spikeThreshold;
		}
	}
}

package org.neuronmodels.core.expif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.analysis.ExpIfTheory;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * The exponential integrate-and-fire population against its I–V curve
 * (rheobase, rest), the quadrature of its interspike interval and an
 * independent Runge–Kutta reference. Parameters: the neurodynex3 defaults
 * τ 12 ms, R 20 MΩ, u_rest −65, v_reset −60, ϑ_rh −55, Δ_T 2, v_spike −30 mV.
 */
class ExpIfPopulationTest {

	private static final double TAU = 12, R = 20, REST = -65, RESET = -60, RH = -55, DT_SHARP = 2, SPIKE = -30;

	/** τ dV/dt for the defaults at constant current {@code i} nA (written out independently of the code). */
	static double rhs(final double v, final double i) {
		return -(v - REST) + DT_SHARP * Math.exp((v - RH) / DT_SHARP) + R * i;
	}

	private static double[] constant(final int steps, final double value) {
		final double[] x = new double[steps];
		Arrays.fill(x, value);
		return x;
	}

	private static ExpIfPopulation population(final String integrator, final double dt) {
		return new ExpIfPopulation(ExpIfParameters.neurodynex(1), dt, integrator);
	}

	/** Advances {@code p} by {@code steps} steps at constant current; returns the spike count. */
	private static int advance(final ExpIfPopulation p, final int steps, final double current) {
		final double[] in = { current };
		final int[] spiked = new int[1];
		int count = 0;
		for (int k = 0; k < steps; k++)
			count += p.step(in, spiked);
		return count;
	}

	/** The lower root of the I–V curve by bisection: rhs(E−20) > 0, rhs(ϑ_rh) = −8 + R·I < 0 for R·I < 8 mV. */
	static double restByBisection(final double current) {
		double lo = REST - 20, hi = RH;
		for (int it = 0; it < 200; it++) {
			final double mid = 0.5 * (lo + hi);
			if (rhs(mid, current) > 0) lo = mid;
			else hi = mid;
		}
		return 0.5 * (lo + hi);
	}

	@Test
	void rheobaseIsTheSaddleNodeOfTheIvCurve() {
		// The I–V curve −(V−u_rest) + Δ_T·exp((V−ϑ_rh)/Δ_T) + R·I has its minimum where exp(..) = 1, i.e. at
		// V = ϑ_rh, with value −(ϑ_rh − u_rest) + Δ_T + R·I: zero for R·I_rh = ϑ_rh − u_rest − Δ_T = 8 mV,
		// I_rh = 8/20 = 0.4 nA (neurodynex3's _min_curr_expl lists 0.4 nA for its longest pulse).
		final double rheobase = ExpIfTheory.rheobase(REST, RH, DT_SHARP, R);
		assertEquals(0.4, rheobase, 1e-15);
		// Forward Euler's fixed points are exactly the zeros of the right-hand side, so the discrete
		// rheobase is the same. Just above, the passage through the bottleneck near V = ϑ_rh takes about
		// π·τ·√(2Δ_T/(R·ΔI)) = π·12·√(4/0.008) ≈ 843 ms (saddle-node normal form), so 10 s shows several spikes;
		// just below, V settles on the stable rest state and never fires.
		final int steps = 200_000;
		final double dt = 0.05;
		final double[] gains = { rheobase * 0.999, rheobase * 1.001 };
		final SimulationResult res = Simulation.run(new ExpIfPopulation(ExpIfParameters.neurodynex(2), dt,
			Integrators.EULER), CurrentInput.scaled(constant(steps, 1.0), gains, new double[2]), TimeGrid.of(
				steps * dt, dt), Recording.spikesOnly(), ProgressMonitor.NONE);
		final int[] counts = res.spikes().countsPerNeuron();
		assertEquals(0, counts[0], "no spike 0.1 % below rheobase in 10 s");
		assertTrue(counts[1] >= 5 && counts[1] <= 15, "about 10 s / 843 ms spikes 0.1 % above: " + counts[1]);
	}

	@Test
	void subthresholdSteadyStateIsTheRootOfTheIvCurve() {
		for (final String integrator : new String[] { Integrators.EULER, Integrators.HEUN }) {
			for (final double current : new double[] { 0.0, 0.2, 0.39 }) {
				final ExpIfPopulation p = population(integrator, 0.05);
				// 2 s: the slowest relaxation (at 0.39 nA, τ/|F'(V_ss)| ≈ 27 ms) has decayed by e^-70
				assertEquals(0, advance(p, 40_000, current));
				final double root = restByBisection(current);
				assertEquals(root, p.voltage()[0], 1e-9, integrator + ", I = " + current);
				assertEquals(root, ExpIfTheory.restingPotential(REST, RH, DT_SHARP, R, 0, current), 1e-9);
			}
		}
		assertEquals(REST, restByBisection(0) - DT_SHARP * Math.exp((restByBisection(0) - RH) / DT_SHARP), 1e-9,
			"at I = 0 the rest state sits Δ_T·exp(..) above u_rest");
	}

	/** V(t_end) from rest at constant current by classical RK4 with a tiny step (independent reference). */
	private static double rk4(final double current, final double tEnd, final double h) {
		double v = REST;
		final int n = (int) Math.round(tEnd / h);
		for (int k = 0; k < n; k++) {
			final double k1 = rhs(v, current) / TAU;
			final double k2 = rhs(v + 0.5 * h * k1, current) / TAU;
			final double k3 = rhs(v + 0.5 * h * k2, current) / TAU;
			final double k4 = rhs(v + h * k3, current) / TAU;
			v += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
		}
		return v;
	}

	@Test
	void eulerConvergesWithOrderOneAndHeunWithOrderTwo() {
		final double current = 0.3, tEnd = 24; // subthreshold: V rises from −65 towards ≈ −59.5 mV
		final double exact = rk4(current, tEnd, 1e-4); // RK4 error ~ (1e-4)^4: negligible
		final double[] dts = { 0.1, 0.05, 0.025, 0.0125 };
		for (final String integrator : new String[] { Integrators.EULER, Integrators.HEUN }) {
			final double[] errors = new double[dts.length];
			for (int j = 0; j < dts.length; j++) {
				final ExpIfPopulation p = population(integrator, dts[j]);
				advance(p, (int) Math.round(tEnd / dts[j]), current);
				errors[j] = Math.abs(p.voltage()[0] - exact);
			}
			final double expected = Integrators.EULER.equals(integrator) ? 1 : 2;
			for (int j = 1; j < dts.length; j++) {
				final double order = Math.log(errors[j - 1] / errors[j]) / Math.log(2);
				assertEquals(expected, order, 0.1, integrator + " order between dt " + dts[j - 1] + " and " + dts[j]);
			}
		}
	}

	/** τ·∫ dV / rhs(V) from v_reset to v_spike by composite Simpson (the ISI of the ODE for constant input). */
	static double isiByQuadrature(final double current) {
		final int n = 400_000;
		final double h = (SPIKE - RESET) / n;
		double sum = 1 / rhs(RESET, current) + 1 / rhs(SPIKE, current);
		for (int k = 1; k < n; k++)
			sum += (k % 2 == 1 ? 4 : 2) / rhs(RESET + k * h, current);
		return TAU * sum * h / 3;
	}

	@Test
	void interspikeIntervalMatchesQuadratureToFirstOrder() {
		for (final double current : new double[] { 0.45, 0.8, 2.0 }) {
			final double theory = isiByQuadrature(current);
			final double[] errors = new double[2];
			final double[] dts = { 0.01, 0.001 };
			for (int j = 0; j < 2; j++) {
				final double dt = dts[j];
				final int steps = (int) Math.round(4.5 * theory / dt);
				final SimulationResult r = Simulation.run(population(Integrators.EULER, dt), CurrentInput.shared(
					constant(steps, current)), TimeGrid.of(steps * dt, dt), Recording.spikesOnly(), ProgressMonitor.NONE);
				final double[] t = r.spikes().timesOf(0);
				assertTrue(t.length >= 3, "I = " + current);
				final double isi = t[t.length - 1] - t[t.length - 2];
				// Euler's global error is O(dt) and the spike is stamped at the end of its step: observed
				// C·dt with C ≈ 3–6 for these currents; allow 8·dt.
				errors[j] = Math.abs(isi - theory);
				assertEquals(theory, isi, 8 * dt, "ISI at I = " + current + " nA, dt = " + dt);
			}
			assertTrue(errors[1] < errors[0] / 5, "first order: ten times smaller dt, about ten times smaller error");
		}
	}

	@Test
	void refractoryPeriodClampsVoltageAtReset() {
		final double dt = 0.1;
		final ExpIfParameters p = ExpIfParameters.uniform(1, TAU, R, REST, RESET, RH, DT_SHARP, SPIKE, 2);
		final SimulationResult res = Simulation.run(new ExpIfPopulation(p, dt, Integrators.EULER), CurrentInput
			.shared(constant(1000, 2.0)), TimeGrid.of(100, dt), Recording.of(0), ProgressMonitor.NONE);
		final int first = (int) Math.round(res.spikes().timesOf(0)[0] / dt);
		final double[] v = res.traces().voltage(0);
		for (int k = first; k <= first + 20; k++)
			assertEquals(RESET, v[k], 0.0, "held at v_reset for round(2/0.1) = 20 steps after the spike step");
		assertTrue(v[first + 21] > RESET, "integration resumes after 2 ms");
	}

	@Test
	void exponentialNeverOverflows() {
		// Δ_T = 0.01 mV with v_spike 100 mV above ϑ_rh: exp((v_spike − ϑ_rh)/Δ_T) = e^10000 would be infinite
		for (final String integrator : new String[] { Integrators.EULER, Integrators.HEUN }) {
			final ExpIfParameters p = ExpIfParameters.uniform(1, 10, 10, -65, -60, -50, 0.01, 50, 0);
			final ExpIfPopulation pop = new ExpIfPopulation(p, 0.1, integrator);
			final int spikes = advance(pop, 10_000, 2.0); // R·I = 20 mV > ϑ_rh − u_rest − Δ_T ≈ 15 mV
			assertTrue(spikes > 10, integrator + ": " + spikes);
			assertTrue(Double.isFinite(pop.voltage()[0]));
			// starting above v_spike: the capped term stays finite and the neuron spikes and resets at once
			final ExpIfPopulation high = population(integrator, 0.05);
			high.setVoltage(0, 150);
			assertEquals(1, advance(high, 1, 0));
			assertEquals(RESET, high.voltage()[0], 0.0);
		}
	}

	@Test
	void simulationUsesTheStimulusAndRefusesTooLargeSteps() {
		final SimulationResult r = ExpIfSimulation.run(ExpIfParameters.neurodynex(1), Integrators.EULER, 0.05,
			180, Stimuli.step(0.8, 20, 120), ProgressMonitor.NONE);
		assertEquals(3600, r.traces().time().length);
		assertEquals(0.8, r.traces().current(0)[400], 0.0);
		assertEquals(0.0, r.traces().current(0)[2400], 0.0);
		final double[] t = r.spikes().timesOf(0);
		assertTrue(t.length > 0 && t[0] > 20 && t[t.length - 1] <= 120 + 0.05, Arrays.toString(t));
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ExpIfSimulation.run(
			ExpIfParameters.neurodynex(1), Integrators.EULER, 13, 200, Stimuli.constant(0), ProgressMonitor.NONE));
		assertEquals("dt", e.parameter());
		assertTrue(e.getMessage().contains("tauM"), e.getMessage());
	}

	@Test
	void invalidParametersNameTheParameter() {
		assertEquals("deltaT", assertThrows(InvalidParameterException.class, () -> ExpIfParameters.uniform(1, 12, 20,
			-65, -60, -55, 0, -30, 0).validate()).parameter());
		assertEquals("vSpike", assertThrows(InvalidParameterException.class, () -> ExpIfParameters.uniform(1, 12, 20,
			-65, -60, -55, 2, -56, 0).validate()).parameter());
		assertEquals("vReset", assertThrows(InvalidParameterException.class, () -> ExpIfParameters.uniform(1, 12, 20,
			-65, -30, -55, 2, -30, 0).validate()).parameter());
		final InvalidParameterException tau = assertThrows(InvalidParameterException.class, () -> new ExpIfPopulation(
			ExpIfParameters.uniform(1, 0, 20, -65, -60, -55, 2, -30, 0), 0.1, Integrators.EULER));
		assertEquals("tauM", tau.parameter());
		assertTrue(tau.getMessage().contains("ms"), tau.getMessage());
		final InvalidParameterException scheme = assertThrows(InvalidParameterException.class,
			() -> new ExpIfPopulation(ExpIfParameters.neurodynex(1), 0.1, Integrators.EXPONENTIAL_EULER));
		assertEquals("integrator", scheme.parameter());
		assertTrue(scheme.getMessage().contains("\"Euler\", \"Heun\", \"RK4\""), scheme.getMessage());
	}
}

package org.neuronmodels.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.random.RandomStream;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * "Guess the parameters" (Neuronal Dynamics, LIF exercise 1.3): traces made by
 * the project's own LIF simulation with hidden random parameters, fitted back.
 */
class LifFitTest {

	static final double DT = 0.1, DURATION = 400, START = 50, STOP = 350;

	/** Hidden parameters drawn from seed: {vRest, vReset, vThreshold, R, tau, tRef, amplitude}. */
	static double[] hidden(final long seed) {
		final RandomStream r = RandomStream.of(seed, 77);
		final double vRest = -75 + 15 * r.nextDouble();
		final double vThreshold = -55 + 15 * r.nextDouble();
		final double vReset = vRest - 10 + Math.min(15, vThreshold - 8 - vRest + 10) * r.nextDouble(); // ≤ V_th − 8
		final double resistance = 5 + 15 * r.nextDouble();
		final double tau = 5 + 25 * r.nextDouble();
		final double tRef = r.nextInt(51) * DT; // 0 … 5 ms, whole steps
		final double amplitude = (vThreshold - vRest) / resistance * (1.2 + 0.8 * r.nextDouble()); // 1.2–2 × rheobase
		return new double[] { vRest, vReset, vThreshold, resistance, tau, tRef, amplitude };
	}

	static SimulationResult simulate(final double[] h) {
		return LifSimulation.run(LifParameters.uniform(1, h[0], h[1], h[2], h[3], h[4], h[5]), Integrators.EXACT,
			DT, DURATION, Stimuli.step(h[6], START, STOP), ProgressMonitor.NONE);
	}

	static VoltageTrace trace(final SimulationResult r, final double noise, final long seed) {
		final double[] v = r.traces().voltage(0).clone();
		final RandomStream rng = RandomStream.of(seed, 99);
		for (int k = 0; k < v.length; k++)
			v[k] += noise * rng.nextGaussian();
		return VoltageTrace.of(r.traces().time(), v, r.traces().current(0));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void noiselessTraceGivesBackTheHiddenParameters(final long seed) {
		final double[] h = hidden(seed);
		final SimulationResult sim = simulate(h);
		assertTrue(sim.spikes().count() >= 3, "the step makes the neuron fire");
		final LifFit fit = LifFit.fit(trace(sim, 0, seed));
		// The data are exactly the model's recursion: V_rest, R, τ and V_reset are recovered to rounding, the
		// refractory period exactly (whole steps). The threshold is only known to lie between the voltage
		// before a spike step and the end of that step: within (1 − a)(V∞ − V_th)/a of the truth,
		// a = exp(−dt/τ), V∞ = V_rest + R·I (see LifFit.threshold).
		assertEquals(h[0], fit.vRest(), 1e-9, "vRest");
		assertEquals(h[1], fit.vReset(), 1e-9, "vReset");
		assertEquals(h[3], fit.resistance(), 1e-9 * h[3], "resistance");
		assertEquals(h[4], fit.tauM(), 1e-9 * h[4], "tauM");
		assertEquals(h[5], fit.tRef(), 1e-9, "tRef");
		final double a = Math.exp(-DT / h[4]);
		assertEquals(h[2], fit.vThreshold(), (1 - a) * (h[0] + h[3] * h[6] - h[2]) / a, "vThreshold");
		// any threshold in that interval gives the same spikes: the free re-simulation is the data
		assertEquals(0, fit.fitError(), 1e-9, "fitError");
		assertEquals(sim.spikes().count(), fit.spikeTimes().length);
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13, 14, 15 })
	void noisyTraceGivesTheParametersWithinLooserTolerances(final long seed) {
		// Gaussian measurement noise of σ = 0.5 mV on every sample (4000 samples). The largest errors over
		// seeds 1–40 were: V_rest 0.056 mV, V_reset 0.134 mV, V_th 0.053 mV, R 1.8 %, τ 2.2 %, t_ref one step
		// (0.1 ms), fit error − σ 0.016 mV. For scale, the 500-sample baseline alone pins V_rest to
		// σ/√500 = 0.022 mV (s.e.). Tolerances about 4× those maxima:
		final double[] h = hidden(seed);
		final LifFit fit = LifFit.fit(trace(simulate(h), 0.5, seed));
		assertEquals(h[0], fit.vRest(), 0.25, "vRest");
		assertEquals(h[1], fit.vReset(), 0.5, "vReset");
		assertEquals(h[2], fit.vThreshold(), 0.25, "vThreshold");
		assertEquals(h[3], fit.resistance(), 0.07 * h[3], "resistance");
		assertEquals(h[4], fit.tauM(), 0.09 * h[4], "tauM");
		assertEquals(h[5], fit.tRef(), 0.4, "tRef");
		assertEquals(0.5, fit.fitError(), 0.06, "fitError"); // the free run reproduces the data up to the noise
	}

	@Test
	void stepDescriptionEqualsTheCurrentColumn() {
		final double[] h = hidden(3);
		final SimulationResult sim = simulate(h);
		final LifFit a = LifFit.fit(trace(sim, 0, 3));
		final LifFit b = LifFit.fit(VoltageTrace.withStep(sim.traces().time(), sim.traces().voltage(0), h[6], START,
			STOP));
		assertEquals(a.tauM(), b.tauM(), 0);
		assertEquals(a.vThreshold(), b.vThreshold(), 0);
	}

	@Test
	void subthresholdTraceHasNoResetOrThreshold() {
		final double[] h = { -70, -65, -50, 10, 8, 2, 1.0 }; // 1 nA: V∞ = −60 mV, no spike
		final LifFit fit = LifFit.fit(trace(simulate(h), 0, 1));
		assertEquals(-70, fit.vRest(), 1e-6);
		assertEquals(10, fit.resistance(), 1e-5);
		assertEquals(8, fit.tauM(), 1e-5);
		assertTrue(Double.isNaN(fit.vThreshold()) && Double.isNaN(fit.vReset()));
		assertEquals(0, fit.fitError(), 1e-6);
	}

	@Test
	void badTracesNameTheField() {
		final double[] t = new double[20], v = new double[20], i = new double[20];
		for (int k = 0; k < 20; k++)
			t[k] = k * 0.1;
		assertField("currentColumn", () -> LifFit.fit(VoltageTrace.of(t, v, i))); // no current change
		assertField("timeColumn", () -> VoltageTrace.of(new double[5], new double[5], new double[5]));
		final double[] bent = t.clone();
		bent[7] = 0.75;
		assertField("timeColumn", () -> VoltageTrace.of(bent, v, i));
		final double[] nan = v.clone();
		nan[3] = Double.NaN;
		assertField("voltageColumn", () -> VoltageTrace.of(t, nan, i));
		assertField("currentColumn", () -> VoltageTrace.of(t, v, new double[19]));
		assertField("stimStop", () -> VoltageTrace.withStep(t, v, 1, 5, 5));
		assertField("amplitude", () -> VoltageTrace.withStep(t, v, Double.NaN, 0, 5));
	}

	static void assertField(final String field, final org.junit.jupiter.api.function.Executable run) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, run);
		assertEquals(field, e.parameter(), e.getMessage());
	}
}

package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The vectorised Traub–Miles step (with {@link org.neuronmodels.core.FastExp})
 * against an independent scalar implementation of Brian2's exponential Euler
 * for the same equations, written here with {@link Math#exp}: the class
 * comment's rates, g_Na m³h and g_K n⁴, conductance channels decaying with
 * τ 5 and 10 ms towards E 0 and −80 mV. The two differ only by rounding
 * (FastExp's relative error is below 1e-12, FastExpTest), which spike
 * upstrokes amplify: 8e-9 mV after 60 ms and about ten spikes here. A
 * tolerance of 1e-6 mV leaves room for that and still catches any error in a
 * rate or in the scheme (those change V by millivolts within a spike).
 */
class TraubMilesStepTest {

	private static final double DT = 0.1;

	@Test
	void vectorisedStepFollowsAnIndependentExponentialEulerWithMathExp() {
		final int n = 5, steps = 600;
		final double[] iExt = { 0, 0.3, 0.6, 1.0, 2.0 }; // nA: silent to fast-firing
		final TraubMilesPopulation pop = new TraubMilesPopulation("hh", iExt, 3, SynapseChannel.conductance("exc", 5, 0),
			SynapseChannel.conductance("inh", 10, -80));
		final double[] v = { -60, -65, -55, -70, -62 }, ge = { 0.05, 0, 0.02, 0.1, 0 }, gi = { 0, 0.2, 0.1, 0, 0.05 };
		for (int i = 0; i < n; i++) {
			pop.voltage()[i] = v[i];
			pop.channelState(0)[i] = ge[i];
			pop.channelState(1)[i] = gi[i];
		}
		pop.gatesToSteadyState();
		final double[] m = new double[n], h = new double[n], g = new double[n];
		for (int i = 0; i < n; i++) {
			final double x = v[i] - TraubMilesPopulation.V_T;
			m[i] = am(x) / (am(x) + bm(x));
			h[i] = ah(x) / (ah(x) + bh(x));
			g[i] = an(x) / (an(x) + bn(x));
		}
		new Network().add(pop);
		pop.bind(0, DT, steps, 1);
		final int[] spikes = new int[n];
		final Fault fault = new Fault();
		int spikesSeen = 0;
		double worst = 0;
		for (int k = 0; k < steps; k++) {
			spikesSeen += pop.update(0, n, k, spikes, 0, fault);
			for (int i = 0; i < n; i++) {
				final double x = v[i] - TraubMilesPopulation.V_T;
				final double a1 = am(x), b1 = bm(x), a2 = ah(x), b2 = bh(x), a3 = an(x), b3 = bn(x);
				final double gNa = 20 * m[i] * m[i] * m[i] * h[i], gK = 6 * Math.pow(g[i], 4);
				final double gTot = 0.01 + gNa + gK + ge[i] + gi[i];
				final double vInf = (0.01 * -60 + gNa * 50 + gK * -90 + gi[i] * -80 + iExt[i]) / gTot;
				v[i] = vInf + (v[i] - vInf) * Math.exp(-gTot * DT / 0.2);
				m[i] = relax(m[i], a1, b1);
				h[i] = relax(h[i], a2, b2);
				g[i] = relax(g[i], a3, b3);
				ge[i] *= Math.exp(-DT / 5);
				gi[i] *= Math.exp(-DT / 10);
				worst = Math.max(worst, Math.abs(pop.voltage()[i] - v[i]));
			}
		}
		assertTrue(spikesSeen >= 10, "the driven neurons fire (" + spikesSeen + " spikes)");
		assertEquals(0, worst, 1e-6, "largest V difference (mV) over " + steps + " steps");
	}

	private static double relax(final double y, final double a, final double b) {
		final double inf = a / (a + b);
		return inf + (y - inf) * Math.exp(-(a + b) * DT);
	}

	private static double am(final double x) {
		return 0.32 * (13 - x) / (Math.exp((13 - x) / 4) - 1);
	}

	private static double bm(final double x) {
		return 0.28 * (x - 40) / (Math.exp((x - 40) / 5) - 1);
	}

	private static double ah(final double x) {
		return 0.128 * Math.exp((17 - x) / 18);
	}

	private static double bh(final double x) {
		return 4 / (1 + Math.exp((40 - x) / 5));
	}

	private static double an(final double x) {
		return 0.032 * (15 - x) / (Math.exp((15 - x) / 5) - 1);
	}

	private static double bn(final double x) {
		return 0.5 * Math.exp((10 - x) / 40);
	}
}

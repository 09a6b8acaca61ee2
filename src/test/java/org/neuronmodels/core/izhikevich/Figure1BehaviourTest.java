package org.neuronmodels.core.izhikevich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;

/**
 * The behaviour of each Fig. 1 preset, asserted qualitatively from what the
 * paper's panel shows and from the linear analysis of the rest state (done in
 * the comments, with the model's equations). Tests taking the integration as a
 * parameter hold for both the Published scheme (figure1.m's loop at the
 * preset's tau) and the Consistent one (forward Euler at the same tau); the
 * behaviours that only the published loop produces are tested for it alone
 * (see the last tests and the documentation).
 */
class Figure1BehaviourTest {

	static SimulationResult run(final String label, final IzhikevichIntegration integration) {
		return IzhikevichSimulation.run(IzhikevichPresets.byLabel(label), integration, 0, ProgressMonitor.NONE);
	}

	static double[] spikes(final String label, final IzhikevichIntegration integration) {
		return run(label, integration).spikes().timesOf(0);
	}

	static double[] isi(final double[] t) {
		final double[] d = new double[Math.max(0, t.length - 1)];
		for (int k = 1; k < t.length; k++)
			d[k - 1] = t[k] - t[k - 1];
		return d;
	}

	static int countIn(final double[] t, final double from, final double to) {
		return (int) Arrays.stream(t).filter(x -> x > from && x <= to).count();
	}

	/**
	 * Splits the sorted ISIs at their largest gap (ratio between neighbours) and
	 * returns {longest short ISI, shortest long ISI, number of long ISIs}.
	 */
	static double[] bimodalSplit(final double[] isi) {
		final double[] s = isi.clone();
		Arrays.sort(s);
		int cut = 1;
		for (int k = 1; k < s.length; k++)
			if (s[k] / s[k - 1] > s[cut] / s[cut - 1]) cut = k;
		return new double[] { s[cut - 1], s[cut], s.length - cut };
	}

	/** Eigenvalues (re, im) of the model linearised at its stable rest state for constant I (standard equations). */
	static double[] restEigenvalues(final double a, final double b, final double current) {
		// equilibria: 0.04 v² + (5 − b) v + 140 + I = 0; the rest state is the lower root
		final double disc = (5 - b) * (5 - b) - 4 * 0.04 * (140 + current);
		final double v = (-(5 - b) - Math.sqrt(disc)) / 0.08;
		// Jacobian [[0.08 v + 5, −1], [a b, −a]]
		final double j11 = 0.08 * v + 5, trace = j11 - a, det = -a * j11 + a * b;
		final double d = trace * trace / 4 - det;
		return d < 0 ? new double[] { trace / 2, Math.sqrt(-d) } : new double[] { trace / 2 + Math.sqrt(d), 0 };
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void tonicSpikingFiresARegularTrainWhileTheStepLasts(final IzhikevichIntegration integration) {
		final double[] t = spikes("(A) tonic spiking", integration);
		assertEquals(0, countIn(t, 0, 10), "nothing before the step at 10 ms");
		assertTrue(t.length >= 4, Arrays.toString(t));
		final double[] isi = isi(t);
		final double last = isi[isi.length - 1], before = isi[isi.length - 2];
		assertEquals(1, last / before, 0.1, "regular train: the last two ISIs within 10 %");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void phasicSpikingFiresExactlyOnceAtTheStepOnset(final IzhikevichIntegration integration) {
		final double[] t = spikes("(B) phasic spiking", integration);
		assertEquals(1, t.length, Arrays.toString(t));
		assertTrue(t[0] > 20, "after the step at 20 ms");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void tonicBurstingHasABimodalIsiDistribution(final IzhikevichIntegration integration) {
		final double[] t = spikes("(C) tonic bursting", integration);
		final double[] split = bimodalSplit(isi(t));
		// two clusters: the longest intra-burst ISI is less than a quarter of the shortest inter-burst one
		assertTrue(4 * split[0] < split[1], "intra-burst ISIs << inter-burst ISIs: " + Arrays.toString(split));
		assertTrue(split[2] >= 2, "at least three bursts");
		assertEquals(0, countIn(t, 0, 22), "nothing before the step at 22 ms");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void phasicBurstingFiresOneBurstThenStaysSilent(final IzhikevichIntegration integration) {
		final double[] t = spikes("(D) phasic bursting", integration);
		assertTrue(t.length >= 3, Arrays.toString(t));
		assertTrue(t[0] > 20);
		final double silence = 200 - t[t.length - 1];
		assertTrue(Arrays.stream(isi(t)).max().getAsDouble() < 0.2 * silence, "one burst, then silence: " + Arrays
			.toString(t));
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void mixedModeStartsWithABurstThenSpikesTonically(final IzhikevichIntegration integration) {
		final double[] isi = isi(spikes("(E) mixed mode", integration));
		final double last = isi[isi.length - 1];
		assertTrue(isi[0] < 0.2 * last && isi[1] < 0.2 * last, "initial burst: " + Arrays.toString(isi));
		assertEquals(1, last / isi[isi.length - 2], 0.1, "then a regular train");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void spikeFrequencyAdaptationLengthensEveryInterval(final IzhikevichIntegration integration) {
		final double[] isi = isi(spikes("(F) spike frequency adaptation", integration));
		assertTrue(isi.length >= 3);
		for (int k = 1; k < isi.length; k++)
			assertTrue(isi[k] > isi[k - 1], Arrays.toString(isi));
		assertTrue(isi[isi.length - 1] > 5 * isi[0], Arrays.toString(isi));
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void class1RateGrowsFromLowValuesWithTheRamp(final IzhikevichIntegration integration) {
		// (G): 0.04v² + 4.1v + 108 − u + I with u = bv, b = −0.1 at equilibrium:
		// 0.04v² + 4.2v + 108 + I = 0 loses its roots (saddle-node) when 4.2² = 0.16(108 + I), I* = 2.25,
		// which the ramp 0.075(t − 30) reaches at t = 60 ms: no spike can come before.
		final double[] t = spikes("(G) class 1 excitable", integration);
		assertTrue(t[0] > 60, "first spike after the saddle-node at 60 ms: " + t[0]);
		final double[] isi = isi(t);
		assertTrue(isi.length >= 5);
		for (int k = 1; k < isi.length; k++)
			assertTrue(isi[k] < isi[k - 1], "the rate grows with the ramp: " + Arrays.toString(isi));
		assertTrue(isi[0] > 2 * isi[isi.length - 1], "it starts from a low rate: " + Arrays.toString(isi));
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void class2StartsOnlyAfterTheHopfPointAndAtAHigherRelativeRate(final IzhikevichIntegration integration) {
		// (H): a = 0.2, b = 0.26. The equilibrium loses stability when the Jacobian's trace
		// 0.08v + 5 − a vanishes: v = −60 mV, where I = −(0.04·3600 − 4.74·60 + 140) = 0.4 (det = 0.012 > 0:
		// a Hopf point). The ramp −0.5 + 0.015(t − 30) reaches 0.4 at t = 90 ms.
		final double[] t = spikes("(H) class 2 excitable", integration);
		assertTrue(t[0] > 90, "first spike after the Hopf point at 90 ms: " + t[0]);
		final double[] isi = isi(t);
		assertTrue(isi.length >= 5);
		// class 1 onset: arbitrarily low rate; class 2 onset: a finite rate. So the first ISI relative to
		// the last is larger for (G) than for (H).
		final double[] g = isi(spikes("(G) class 1 excitable", integration));
		assertTrue(isi[0] / isi[isi.length - 1] < g[0] / g[g.length - 1], "class 2 starts at a higher relative rate");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void spikeLatencyFiresAfterThePulseHasEnded(final IzhikevichIntegration integration) {
		final double[] t = spikes("(I) spike latency", integration);
		assertEquals(1, t.length);
		assertTrue(t[0] - 10 > 3, "delayed by more than the 3 ms pulse that caused it: " + t[0]);
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void subthresholdOscillationsRingAtTheLinearFrequency(final IzhikevichIntegration integration) {
		// (J): a = 0.05, b = 0.26, I = 0: rest at v = −62.5 mV, Jacobian [[0, −1], [0.013, −0.05]],
		// eigenvalues −0.025 ± 0.1112i /ms: a damped oscillation of period 2π/0.1112 = 56.5 ms.
		final double[] eig = restEigenvalues(0.05, 0.26, 0);
		final double period = 2 * Math.PI / eig[1];
		assertEquals(56.5, period, 0.1);
		final SimulationResult r = run("(J) subthreshold oscillations", integration);
		final double[] t = r.spikes().timesOf(0);
		assertEquals(1, t.length, "the pulse elicits one spike");
		final double[] time = r.traces().time(), v = r.traces().voltage(0);
		double[] peaks = new double[0];
		for (int k = 1; k < v.length - 1; k++)
			if (time[k] > t[0] + 5 && v[k] > v[k - 1] && v[k] >= v[k + 1]) peaks = append(peaks, time[k]);
		assertTrue(peaks.length >= 2, "at least two subthreshold maxima after the spike: " + Arrays.toString(peaks));
		assertEquals(period, peaks[1] - peaks[0], 0.1 * period, "oscillation period vs 2π/ω");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void resonatorFiresOnlyForTheDoubletMatchingItsPeriod(final IzhikevichIntegration integration) {
		// (K): a = 0.1, b = 0.26: rest −62.5 mV, eigenvalues −0.05 ± 0.153i /ms, period 41 ms. The second
		// doublet (280, 320 ms: 40 ms apart) matches it; the first (40, 60 ms: 20 ms, half a period) cancels.
		final double period = 2 * Math.PI / restEigenvalues(0.1, 0.26, 0)[1];
		assertEquals(40, period, 0.1 * 40);
		final double[] t = spikes("(K) resonator", integration);
		assertEquals(1, t.length, Arrays.toString(t));
		assertTrue(t[0] > 320, "after the second pulse of the resonant doublet");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void integratorFiresOnlyForTheCloselySpacedPair(final IzhikevichIntegration integration) {
		final double[] t = spikes("(L) integrator", integration);
		assertEquals(1, t.length, Arrays.toString(t));
		assertTrue(t[0] > 100.0 / 11 + 5 && t[0] < 70, "after the pair 5 ms apart, before the pair 10 ms apart");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void reboundSpikeComesOnlyAfterTheInhibitoryPulse(final IzhikevichIntegration integration) {
		final double[] t = spikes("(M) rebound spike", integration);
		assertEquals(1, t.length);
		assertTrue(t[0] > 25, "after the pulse (20, 25) ms");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void reboundBurstIsOneBurstAfterTheInhibitoryPulse(final IzhikevichIntegration integration) {
		final double[] t = spikes("(N) rebound burst", integration);
		assertTrue(t.length >= 3, Arrays.toString(t));
		assertTrue(t[0] > 25);
		assertTrue(Arrays.stream(isi(t)).max().getAsDouble() < 0.2 * (200 - t[t.length - 1]), "one burst");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void thresholdVariabilityTheSamePulseFiresOnlyAfterInhibition(final IzhikevichIntegration integration) {
		final double[] t = spikes("(O) threshold variability", integration);
		assertEquals(1, t.length, Arrays.toString(t));
		assertTrue(t[0] > 80, "only the pulse preceded by the −6 pulse fires");
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void bistabilityTheFirstPulseSwitchesRestToTonicSpiking(final IzhikevichIntegration integration) {
		// (P): at the holding current I = 0.24 the rest state v = −61.4 mV is a stable focus (trace −0.011,
		// det 0.017), so rest coexists with the spiking the first pulse starts.
		final double[] eig = restEigenvalues(0.1, 0.26, 0.24);
		assertTrue(eig[0] < 0 && eig[1] > 0, "stable focus at I = 0.24");
		final double[] t = spikes("(P) bistability", integration);
		assertEquals(0, countIn(t, 0, 37.5), "rests before the first pulse");
		assertTrue(countIn(t, 42.5, 216) >= 3, "keeps firing without input after the pulse: " + Arrays.toString(t));
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void accommodationIgnoresTheSlowRampButFiresForTheFastOne(final IzhikevichIntegration integration) {
		final double[] t = spikes("(R) accommodation", integration);
		assertEquals(0, countIn(t, 0, 300), "the slow ramp to 8 does not fire: " + Arrays.toString(t));
		assertEquals(1, t.length, "the fast ramp to 4 fires once: " + Arrays.toString(t));
		assertTrue(t[0] < 312.5 + 5);
	}

	@ParameterizedTest
	@EnumSource(IzhikevichIntegration.class)
	void inhibitionInducedSpikingFiresOnlyOnceInhibited(final IzhikevichIntegration integration) {
		final double[] t = spikes("(S) inhibition-induced spiking", integration);
		assertEquals(0, countIn(t, 0, 50), "quiet at I = 80");
		assertTrue(countIn(t, 50, 250) >= 2, "spikes while the input is lowered to 75: " + Arrays.toString(t));
	}

	// -- behaviours of the published loop only --

	@Test
	void publishedBistabilityStopsAfterTheSecondPulse() {
		final double[] t = spikes("(P) bistability", IzhikevichIntegration.PUBLISHED);
		assertEquals(0, countIn(t, 221, 300), "the second pulse returns it to rest: " + Arrays.toString(t));
	}

	@Test
	void publishedDepolarizingAfterPotentialFollowsASingleSpike() {
		final SimulationResult r = run("(Q) depolarizing after-potential", IzhikevichIntegration.PUBLISHED);
		final double[] t = r.spikes().timesOf(0);
		assertEquals(1, t.length, Arrays.toString(t));
		assertTrue(t[0] > 9 && t[0] < 12, "during the pulse |t − 10| < 1 ms (plus the ramp-up)");
		// rest: 0.04v² + 4.8v + 140 = 0 gives v = −70 mV (stable) and −50 mV. A passive return from the
		// reset c = −60 mV would fall monotonically to −70; d = −21 lowers u, so v rises above c first: the DAP.
		final double[] time = r.traces().time(), v = r.traces().voltage(0);
		double max = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < v.length; k++)
			if (time[k] > t[0] + 0.5) max = Math.max(max, v[k]);
		assertTrue(max > -60 + 5, "depolarized above the reset after the spike: max " + max);
	}

	@Test
	void publishedInhibitionInducedSpikingStopsWhenInhibitionEnds() {
		assertEquals(0, countIn(spikes("(S) inhibition-induced spiking", IzhikevichIntegration.PUBLISHED), 250, 350));
	}

	@Test
	void publishedInhibitionInducedBurstingFiresBurstsOnlyWhileInhibited() {
		final double[] t = spikes("(T) inhibition-induced bursting", IzhikevichIntegration.PUBLISHED);
		assertEquals(0, countIn(t, 0, 50));
		assertEquals(t.length, countIn(t, 50, 250), "only while the input is 75");
		final double[] split = bimodalSplit(isi(t));
		assertTrue(5 * split[0] < split[1] && split[2] >= 1, "bursts: " + Arrays.toString(split));
	}

	private static double[] append(final double[] a, final double x) {
		final double[] b = Arrays.copyOf(a, a.length + 1);
		b[a.length] = x;
		return b;
	}
}

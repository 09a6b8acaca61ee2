package org.neuronmodels.core.adex;

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

/**
 * Each preset of Naud et al. (2008), driven by its published step current from
 * rest (forward Euler, dt = 0.01 ms, v_spike = −30 mV), shows its class. The
 * bounds are derived in the comments from the parameters, not read off a run.
 */
class AdExPresetPatternsTest {

	private static final double DT = 0.01;

	/** Spike times (ms) of {@code preset} under its step current, applied from t = 0, for {@code duration} ms. */
	private static double[] spikes(final AdExPreset preset, final double duration) {
		final int steps = (int) Math.round(duration / DT);
		final double[] current = new double[steps];
		Arrays.fill(current, preset.current());
		return Simulation.run(new AdExPopulation(preset.parameters(1, -30), DT, Integrators.EULER), CurrentInput
			.shared(current), TimeGrid.of(duration, DT), Recording.spikesOnly(), ProgressMonitor.NONE).spikes()
			.timesOf(0);
	}

	private static double[] isis(final double[] t) {
		final double[] d = new double[t.length - 1];
		for (int k = 1; k < t.length; k++)
			d[k - 1] = t[k] - t[k - 1];
		return d;
	}

	private static double max(final double[] x) {
		return Arrays.stream(x).max().getAsDouble();
	}

	private static double min(final double[] x) {
		return Arrays.stream(x).min().getAsDouble();
	}

	/** A periodic limit cycle on a grid of dt: the last {@code count} ISIs agree within two steps. */
	private static void assertPlateau(final double[] isi, final int count, final String what) {
		final double last = isi[isi.length - 1];
		for (int k = isi.length - count; k < isi.length; k++)
			assertEquals(last, isi[k], 2 * DT, what + ": ISI " + k + " of " + Arrays.toString(isi));
	}

	/**
	 * Bimodal ISIs: sorted, they split at one gap of more than a factor 3 into a short (within-burst) and a
	 * long (between-burst) group. Within a burst the ISIs follow the fast upswing from V_r (time scale τ_m),
	 * between bursts the decay of w (time scale τ_w); τ_w/τ_m is 6 for 4d and 9 for 4f, so a factor 3 is a
	 * conservative gap. Returns the sizes of the {short, long} groups.
	 */
	private static int[] assertBimodal(final double[] isi, final String what) {
		final double[] sorted = isi.clone();
		Arrays.sort(sorted);
		int split = 0;
		for (int k = 1; k < sorted.length - 1; k++)
			if (sorted[k + 1] / sorted[k] > sorted[split + 1] / sorted[split]) split = k;
		assertTrue(sorted[split + 1] / sorted[split] > 3, what + ": no gap of × 3 in " + Arrays.toString(sorted));
		return new int[] { split + 1, sorted.length - split - 1 };
	}

	@Test
	void publishedValuesAreConvertedToProjectUnits() {
		// Tonic (4a): C 200 pF, g_L 10 nS → τ_m = 200/10 = 20 ms, R = 1/10 nS = 100 MΩ; a 2 nS = 0.002 µS.
		assertEquals(20, AdExPreset.TONIC.tauM(), 1e-12);
		assertEquals(100, AdExPreset.TONIC.resistance(), 1e-12);
		assertEquals(0.002, AdExPreset.TONIC.a(), 1e-15);
		assertEquals(0.5, AdExPreset.TONIC.current(), 1e-15);
		// Adapting (4b): g_L 12 nS → τ_m = 200/12 = 16.667 ms, R = 83.333 MΩ; b 60 pA = 0.06 nA.
		assertEquals(50.0 / 3, AdExPreset.ADAPTING.tauM(), 1e-12);
		assertEquals(250.0 / 3, AdExPreset.ADAPTING.resistance(), 1e-12);
		assertEquals(0.06, AdExPreset.ADAPTING.b(), 1e-15);
		// Irregular (4h): a = −11 nS = −0.011 µS, I = 160 pA = 0.16 nA.
		assertEquals(-0.011, AdExPreset.IRREGULAR.a(), 1e-15);
		assertEquals(0.16, AdExPreset.IRREGULAR.current(), 1e-15);
		assertEquals(AdExPreset.INITIAL_BURST, AdExPreset.fromLabel("initial burst"));
		assertEquals("preset", assertThrows(InvalidParameterException.class, () -> AdExPreset.fromLabel("Chattering"))
			.parameter());
	}

	@Test
	void tonicFiresWithNearlyConstantIntervals() {
		// b = 0: the only adaptation is a·(V − E_L) ≤ 2 nS × (V_T − E_L = 20 mV) = 40 pA, under 8 % of the
		// 500 pA step, so the drive, and the ISIs, vary by less than about 10 %.
		final double[] isi = isis(spikes(AdExPreset.TONIC, 1000));
		assertTrue(isi.length > 50);
		assertTrue(max(isi) / min(isi) < 1.1, Arrays.toString(isi));
		assertPlateau(isi, 10, "tonic");
	}

	@Test
	void adaptingIntervalsGrowToAPlateau() {
		// Each spike adds b = 60 pA to w, which decays with τ_w = 300 ms ≫ ISI, so w accumulates until the net
		// drive I − w nears the rheobase g_L(V_T − E_L − Δ_T) = 12 × 18 = 216 pA, while the first ISI runs at
		// about 500 − 60 = 440 pA: the ISI must lengthen several-fold (we require × 3) and then settle.
		final double[] isi = isis(spikes(AdExPreset.ADAPTING, 1000));
		for (int k = 1; k < isi.length; k++)
			assertTrue(isi[k] >= isi[k - 1] - 2 * DT, "ISIs never shorten: " + Arrays.toString(isi));
		assertTrue(isi[isi.length - 1] > 3 * isi[0], Arrays.toString(isi));
		assertPlateau(isi, 3, "adapting");
	}

	@Test
	void initialBurstThenRegularFiring() {
		// V_r = V_T = −50 mV: after a spike V restarts at the exponential's midpoint and fires again quickly
		// until w (b = 120 pA per spike, τ_w = 150 ms) has built up; then firing is regular and slow.
		final double[] isi = isis(spikes(AdExPreset.INITIAL_BURST, 1000));
		final double last = isi[isi.length - 1];
		assertTrue(isi[0] < 0.2 * last && isi[1] < 0.2 * last, "two short ISIs first: " + Arrays.toString(isi));
		for (int k = 2; k < isi.length; k++)
			assertTrue(isi[k] > 0.8 * last, "no short ISI after the burst: " + Arrays.toString(isi));
		assertPlateau(isi, 5, "initial burst");
	}

	@Test
	void burstingHasBimodalIntervals() {
		// V_r = −46 mV lies above V_T: a reset lands on the upswing, so spikes come in bursts; the burst ends
		// when w (b = 100 pA) is large and resumes after w decays (τ_w = 120 ms): short and long ISIs only.
		final double[] isi = isis(spikes(AdExPreset.BURSTING, 1000));
		final int[] counts = assertBimodal(isi, "bursting");
		assertTrue(counts[0] >= 3 && counts[1] >= 3, "several bursts: " + Arrays.toString(isi));
	}

	@Test
	void irregularFiringHasAHighCoefficientOfVariationAndNoShortPeriod() {
		// Naud et al. report aperiodic (chaotic) firing for 4h. A periodic tonic train has CV 0 and a Poisson
		// train CV 1; we require CV > 0.3 and, to exclude periodic bursting (which also has a high CV), that
		// the last 20 ISIs repeat with no period of 1 to 4 (some ISI differs by > 1 ms from the one p before).
		final double[] isi = isis(spikes(AdExPreset.IRREGULAR, 2000));
		assertTrue(isi.length > 40);
		final double mean = Arrays.stream(isi).average().getAsDouble();
		final double sd = Math.sqrt(Arrays.stream(isi).map(d -> (d - mean) * (d - mean)).sum() / isi.length);
		assertTrue(sd / mean > 0.3, "CV = " + sd / mean);
		final double[] tail = Arrays.copyOfRange(isi, isi.length - 20, isi.length);
		for (int p = 1; p <= 4; p++) {
			double largest = 0;
			for (int k = p; k < tail.length; k++)
				largest = Math.max(largest, Math.abs(tail[k] - tail[k - p]));
			assertTrue(largest > 1, "not periodic with period " + p + ": " + Arrays.toString(tail));
		}
	}

	@Test
	void transientFiringStops() {
		// With w at equilibrium the I–V curve is −(1 + aR)(V − E_L) + Δ_T e^((V−V_T)/Δ_T) + R·I, aR = 10 nS ×
		// 100 MΩ = 1. Its rest root at 180 pA exists (below the saddle-node current) and is stable: the
		// Jacobian of (V, w) there has negative trace and positive determinant. So once w has caught up
		// (τ_w = 90 ms), firing must stop; we allow spikes in the first 100 ms only.
		final AdExPreset p = AdExPreset.TRANSIENT;
		final double aR = p.a() * p.resistance();
		assertTrue(p.current() < ExpIfTheory.saddleNodeCurrent(p.vRest(), p.vRheobase(), p.deltaT(), p.resistance(),
			p.a()));
		final double vSs = ExpIfTheory.restingPotential(p.vRest(), p.vRheobase(), p.deltaT(), p.resistance(), p.a(),
			p.current());
		final double jvv = (-1 + Math.exp((vSs - p.vRheobase()) / p.deltaT())) / p.tauM();
		final double jvw = -p.resistance() / p.tauM(), jwv = p.a() / p.tauW(), jww = -1 / p.tauW();
		assertTrue(jvv + jww < 0 && jvv * jww - jvw * jwv > 0, "rest is stable at V = " + vSs + ", aR = " + aR);
		final double[] t = spikes(p, 1000);
		assertTrue(t.length >= 1, "at least one spike at the onset");
		assertTrue(t[t.length - 1] < 100, "no spike after 100 ms: " + Arrays.toString(t));
	}

	@Test
	void delayedFirstSpikeThenAcceleration() {
		// a = −10 nS, b = 0: w → a(V − E_L) < 0 adds depolarising current, but only with τ_w = 300 ms. The
		// first spike therefore comes at about the ExpIF latency with w = 0, τ_m·∫ dV/F(V) from E_L to v_spike;
		// in that time |w| ≤ 10 nS × 20 mV × (35/300) ≈ 23 pA, under 8 % of the 300 pA step, so it is at most
		// ~15 % earlier. Later ISIs shrink as w grows: the first spike comes late relative to the steady firing.
		final AdExPreset p = AdExPreset.DELAYED;
		final double rI = p.resistance() * p.current();
		final int n = 400_000;
		final double h = (-30 - p.vRest()) / n;
		double sum = 0;
		for (int k = 0; k <= n; k++) {
			final double v = p.vRest() + k * h;
			final double f = -(v - p.vRest()) + p.deltaT() * Math.exp((v - p.vRheobase()) / p.deltaT()) + rI;
			sum += (k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2) / f;
		}
		final double expIfLatency = p.tauM() * sum * h / 3;
		final double[] t = spikes(p, 1000);
		assertTrue(t[0] <= expIfLatency && t[0] >= 0.85 * expIfLatency, t[0] + " vs " + expIfLatency);
		final double[] isi = isis(t);
		for (int k = 1; k < isi.length; k++)
			assertTrue(isi[k] <= isi[k - 1] + 2 * DT, "ISIs never lengthen: " + Arrays.toString(isi));
		assertTrue(t[0] > 2 * isi[isi.length - 1], "first spike late: " + t[0] + " vs " + isi[isi.length - 1]);
	}

	@Test
	void delayedBurstingStartsLateThenBursts() {
		// 110 pA is below the ExpIF rheobase g_L(V_T − E_L − Δ_T) = 10 nS × 13 mV = 130 pA: with w = 0 the
		// neuron would never fire. Only the slowly growing negative w (a = −10 nS, τ_w = 90 ms) brings it
		// above, after w < −20 pA, i.e. roughly 0.2·τ_w = 18 ms at the earliest; then V_r = −47 mV > V_T
		// gives bursts (bimodal ISIs).
		final AdExPreset p = AdExPreset.DELAYED_BURSTING;
		assertTrue(p.current() < ExpIfTheory.rheobase(p.vRest(), p.vRheobase(), p.deltaT(), p.resistance()));
		final double[] t = spikes(p, 1000);
		final double[] isi = isis(t);
		assertTrue(t[0] > 0.2 * p.tauW() && t[0] > 10 * min(isi), "late first spike: " + t[0]);
		final int[] counts = assertBimodal(isi, "delayed bursting");
		assertTrue(counts[0] >= 3 && counts[1] >= 3, Arrays.toString(isi));
	}
}

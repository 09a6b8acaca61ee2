package org.neuronmodels.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.random.RandomStream;
import org.neuronmodels.core.record.SpikeRecord;

/** Spike train statistics on hand-computed, regular and Poisson trains. */
class SpikeTrainStatisticsTest {

	@Test
	void handComputedSmallTrain() {
		// Spikes 70, 10, 40, 20 (unsorted) and 150 (outside) in [0, 100] ms.
		// Sorted 10, 20, 40, 70: ISIs 10, 20, 30; mean 20; sample s.d. sqrt((100 + 0 + 100)/2) = 10; CV 0.5.
		// Rate 4 spikes / 0.1 s = 40 Hz. Windows of 25 ms: counts 2, 1, 1, 0; mean 1;
		// sample variance (1 + 0 + 0 + 1)/3 = 2/3; Fano 2/3. Bins of 10 ms: [0,10) 0, [10,20) 1, [20,30) 1, [30,40) 1.
		final SpikeTrainStatistics s = SpikeTrainStatistics.of(new double[] { 70, 10, 40, 20, 150 }, 0, 100, 25, 10);
		assertEquals(4, s.spikeCount());
		assertArrayEquals(new double[] { 10, 20, 30 }, s.isis(), 0);
		assertEquals(20, s.meanIsi(), 1e-12);
		assertEquals(10, s.isiStandardDeviation(), 1e-12);
		assertEquals(0.5, s.cv(), 1e-12);
		assertEquals(40, s.rate(), 1e-12);
		assertArrayEquals(new double[] { 2, 1, 1, 0 }, s.windowCounts(), 0);
		assertEquals(2.0 / 3.0, s.fano(), 1e-12);
		assertArrayEquals(new double[] { 0, 10, 20, 30 }, s.binStarts(), 0);
		assertArrayEquals(new double[] { 0, 1, 1, 1 }, s.binCounts(), 0);
	}

	@Test
	void populationCvUsesTheSameDefinitionPerNeuron() {
		// Neuron 0: 10, 20, 40, 70 (interleaved with the others) → ISIs 10, 20, 30, CV 10/20 = 0.5 (divisor n − 1;
		// the population s.d. divisor n would give sqrt(200/3)/20 = 0.408). Neuron 1: 5, 15, 25 → CV 0.
		// Neuron 2: two spikes (one interval) → NaN. Neuron 3: silent → NaN. Mean of the finite CVs: 0.25.
		final SpikeRecord r = new SpikeRecord(4);
		r.add(1, 5);
		r.add(0, 10);
		r.add(1, 15);
		r.add(2, 16);
		r.add(0, 20);
		r.add(1, 25);
		r.add(0, 40);
		r.add(2, 50);
		r.add(0, 70);
		final double[] cv = SpikeTrainStatistics.cvPerNeuron(r);
		assertEquals(0.5, cv[0], 1e-12);
		assertEquals(0, cv[1], 1e-12);
		assertTrue(Double.isNaN(cv[2]) && Double.isNaN(cv[3]));
		assertEquals(0.25, SpikeTrainStatistics.meanOfFinite(cv), 1e-12);
		assertEquals(SpikeTrainStatistics.of(new double[] { 10, 20, 40, 70 }, 0, 100, 25, 10).cv(), cv[0], 0);
		assertTrue(Double.isNaN(SpikeTrainStatistics.meanOfFinite(new double[] { Double.NaN })));
	}

	@Test
	void windowEdgesAndTheRemainder() {
		// [0, 100] with windows of 30 ms: K = 3 windows [0,30) [30,60) [60,90]; 95 is in the remainder.
		// The spike at 100 = stop is inside the observation window (rate) but in no count window.
		final SpikeTrainStatistics s = SpikeTrainStatistics.of(new double[] { 0, 30, 59.9, 90, 95, 100 }, 0, 100, 30,
			50);
		assertArrayEquals(new double[] { 1, 2, 1 }, s.windowCounts(), 0);
		assertEquals(60, s.rate(), 1e-12);
		// counts 1, 2, 1: mean 4/3, sample variance ((1/3)² + (2/3)² + (1/3)²)/2 = 1/3; Fano 1/4
		assertEquals(0.25, s.fano(), 1e-12);
	}

	@Test
	void regularTrainHasNoVariability() {
		final double[] t = new double[200];
		for (int i = 0; i < t.length; i++)
			t[i] = 5 + 10.0 * i; // 100 Hz
		final SpikeTrainStatistics s = SpikeTrainStatistics.of(t, 0, 2000, 100, 1);
		assertEquals(0, s.cv(), 1e-12);
		assertEquals(10, s.meanIsi(), 1e-12);
		assertEquals(100, s.rate(), 1e-12);
		assertEquals(0, s.fano(), 1e-12); // 10 spikes in every 100 ms window
		assertEquals(199, s.binCounts()[10], 0);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void poissonTrainHasCvAndFanoOne(final long seed) {
		// Homogeneous Poisson process, 20 Hz for 500 s: exponential ISIs from RandomStream.
		// N ≈ 10000 ISIs; for exponential ISIs the delta method gives s.e.(CV) ≈ 1/√N = 0.01.
		// K = 5000 windows of 100 ms with mean μ = 2: Var(s²) ≈ (μ4 − σ⁴)/K = (μ(1 + 3μ) − μ²)/K = 10/K,
		// so s.e.(Fano) ≈ √(10/K)/μ ≈ 0.022. Tolerances: 0.05 (5 s.e.) and 0.1 (4.5 s.e.).
		final double rate = 0.02, duration = 500_000; // per ms, ms
		final RandomStream rng = RandomStream.of(seed);
		double[] t = new double[16];
		int n = 0;
		for (double time = rng.nextExponential() / rate; time < duration; time += rng.nextExponential() / rate) {
			if (n == t.length) t = Arrays.copyOf(t, 2 * n);
			t[n++] = time;
		}
		final SpikeTrainStatistics s = SpikeTrainStatistics.of(Arrays.copyOf(t, n), 0, duration, 100, 5);
		assertEquals(1, s.cv(), 0.05, "CV");
		assertEquals(1, s.fano(), 0.1, "Fano");
		assertEquals(20, s.rate(), 20 * 4 / Math.sqrt(10000.0), "rate"); // Poisson count s.e. √N
		assertEquals(50, s.meanIsi(), 50 * 4 / Math.sqrt(10000.0), "mean ISI");
		// exponential ISIs: P(ISI < 50 ms) = 1 − e^(−1) = 0.632, binomial s.e. 0.005
		double below = 0;
		for (int j = 0; j < 10; j++)
			below += s.binCounts()[j];
		assertEquals(1 - Math.exp(-1), below / s.isis().length, 0.025);
	}

	@Test
	void tooFewSpikesGiveNaN() {
		final SpikeTrainStatistics s = SpikeTrainStatistics.of(new double[] { 5 }, 0, 100, 10, 1);
		assertTrue(Double.isNaN(s.cv()));
		assertTrue(Double.isNaN(s.meanIsi()));
		assertEquals(0, s.binCounts().length);
		assertTrue(Double.isNaN(SpikeTrainStatistics.of(new double[0], 0, 100, 10, 1).fano()));
	}

	@Test
	void badInputNamesTheField() {
		assertField("countWindow", () -> SpikeTrainStatistics.of(new double[] { 1 }, 0, 100, 0, 1));
		assertField("countWindow", () -> SpikeTrainStatistics.of(new double[] { 1 }, 0, 100, 200, 1));
		assertField("binWidth", () -> SpikeTrainStatistics.of(new double[] { 1 }, 0, 100, 10, Double.NaN));
		assertField("binWidth", () -> SpikeTrainStatistics.of(new double[] { 0, 1e9 }, 0, 1e9, 1e6, 1e-6));
		assertField("countWindow", () -> SpikeTrainStatistics.of(new double[] { 0, 1e9 }, 0, 1e9, 1e-3, 1));
		assertField("stop", () -> SpikeTrainStatistics.of(new double[] { 1 }, 10, 5, 1, 1));
		assertField("spikeTimes", () -> SpikeTrainStatistics.of(new double[] { 1, Double.NaN }, 0, 100, 10, 1));
	}

	static void assertField(final String field, final org.junit.jupiter.api.function.Executable run) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, run);
		assertEquals(field, e.parameter(), e.getMessage());
	}
}

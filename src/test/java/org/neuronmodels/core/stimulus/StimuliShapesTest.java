package org.neuronmodels.core.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.core.TimeGrid;

/** Deterministic shapes: every expected value is worked out by hand from the definitions. */
class StimuliShapesTest {

	private static final double EPS = 1e-12;

	private static int countNonZero(final double[] x) {
		int n = 0;
		for (final double v : x)
			if (v != 0) n++;
		return n;
	}

	@Test
	void constantFillsTheRun() {
		final double[] x = Stimuli.constant(1.55).sample(TimeGrid.of(10, 0.1));
		assertEquals(100, x.length);
		for (final double v : x)
			assertEquals(1.55, v, 0);
	}

	@ParameterizedTest
	@CsvSource({ "0.1, 3000, 1000", "0.05, 6000, 2000", "0.025, 12000, 4000", "0.01, 30000, 10000",
		// dt = 0.3: first index at or after 100 ms is ceil(333.3) = 334, at or after 400 ms ceil(1333.3) = 1334.
		"0.3, 1000, 334" })
	void stepCarriesCurrentOnExactlyTheWindowSteps(final double dt, final int onSteps, final int firstOn) {
		final double[] x = Stimuli.step(1.55, 100, 400).sample(TimeGrid.of(500, dt));
		assertEquals(onSteps, countNonZero(x));
		assertEquals(0, x[firstOn - 1], 0);
		assertEquals(1.55, x[firstOn], 0);
		assertEquals(1.55, x[firstOn + onSteps - 1], 0);
		assertEquals(0, x[firstOn + onSteps], 0);
	}

	@Test
	void stepBoundariesSurviveFloatingPointError() {
		// 0.3 / 0.1 = 2.9999999999999996 and 0.7 / 0.1 = 6.999999999999999: still grid points 3 and 7.
		final double[] x = Stimuli.step(2, 0.3, 0.7).sample(TimeGrid.of(1, 0.1));
		assertArrayEquals(new double[] { 0, 0, 0, 2, 2, 2, 2, 0, 0, 0 }, x, 0);
	}

	@Test
	void stepPastTheEndOfTheRunOrAfterIt() {
		assertEquals(50, countNonZero(Stimuli.step(1, 50, 1000).sample(TimeGrid.of(100, 1))));
		assertEquals(0, countNonZero(Stimuli.step(1, 200, 300).sample(TimeGrid.of(100, 1))));
	}

	@Test
	void pulseTrainPulsesStartWhileBeforeStop() {
		// 100 Hz -> period 10 ms; pulses at 10, 20, 30, 40 ms (50 is not before stop); 2 ms = 4 samples of 0.5 ms.
		final double[] x = Stimuli.pulseTrain(2, 10, 50, 100, 2).sample(TimeGrid.of(60, 0.5));
		final double[] expected = new double[120];
		for (final int onset : new int[] { 20, 40, 60, 80 })
			for (int k = onset; k < onset + 4; k++)
				expected[k] = 2;
		assertArrayEquals(expected, x, 0);
	}

	@Test
	void pulseTrainLastPulseIsCutAtStop() {
		// Pulses [0,8), [10,18), [20,25) ms with dt = 1 ms: 8 + 8 + 5 samples.
		final double[] x = Stimuli.pulseTrain(1, 0, 25, 100, 8).sample(TimeGrid.of(40, 1));
		assertEquals(21, countNonZero(x));
		assertEquals(1, x[24], 0);
		assertEquals(0, x[25], 0);
	}

	@Test
	void pulseTrainWithPeriodNotRepresentable() {
		// 1000/3 Hz -> period 3 ms (computed as 1000 / 333.33...), 1 ms pulses, dt 1 ms: samples 0, 3, 6, 9.
		final double[] x = Stimuli.pulseTrain(1, 0, 10, 1000.0 / 3, 1).sample(TimeGrid.of(12, 1));
		assertArrayEquals(new double[] { 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0 }, x, 0);
	}

	@Test
	void pulseTrainWithWidthEqualToPeriodIsAStep() {
		final TimeGrid grid = TimeGrid.of(100, 0.1);
		assertArrayEquals(Stimuli.step(3, 20, 70).sample(grid), Stimuli.pulseTrain(3, 20, 70, 200, 5).sample(grid), 0);
	}

	@Test
	void rampIsLinearInsideTheWindow() {
		final double[] x = Stimuli.ramp(100, 200, 0, 1).sample(TimeGrid.of(300, 1));
		assertEquals(0, x[99], 0);
		assertEquals(0, x[100], EPS);
		assertEquals(0.5, x[150], EPS);
		assertEquals(0.99, x[199], EPS);
		assertEquals(0, x[200], 0);
	}

	@Test
	void rampMatchesNeurodynexLinspaceWithoutTheEndPoint() {
		// neurodynex3 get_ramp_current(2, 6, 1 ms, 1, 3): linspace(1, 3, 5) = [1, 1.5, 2, 2.5, 3] on t = 2..6;
		// our window [2, 6) keeps the first four.
		final double[] x = Stimuli.ramp(2, 6, 1, 3).sample(TimeGrid.of(8, 1));
		assertArrayEquals(new double[] { 0, 0, 1, 1.5, 2, 2.5, 0, 0 }, x, EPS);
	}

	@Test
	void sineStartsItsPhaseAtStimStart() {
		// 10 Hz -> 100 ms period; phase pi/2 so t = 100, 125, 150 ms give sin(pi/2), sin(pi), sin(3pi/2).
		final double[] x = Stimuli.sine(2, 10, 0.5, Math.PI / 2, 100, 400).sample(TimeGrid.of(500, 0.5));
		assertEquals(0, x[199], 0);
		assertEquals(2.5, x[200], EPS);
		assertEquals(0.5, x[250], EPS);
		assertEquals(-1.5, x[300], EPS);
		assertEquals(0, x[800], 0);
		assertEquals(600, countNonZero(x));
	}

	@Test
	void wholeRunSine() {
		// 250 Hz -> 4 ms period, sampled every 1 ms: 0, 1, 0, -1, ...
		final double[] x = Stimuli.sine(1, 250, 0, 0).sample(TimeGrid.of(8, 1));
		assertArrayEquals(new double[] { 0, 1, 0, -1, 0, 1, 0, -1 }, x, EPS);
		assertArrayEquals(new double[] { 3, 3, 3 }, Stimuli.sine(5, 0, 3, 0).sample(TimeGrid.of(3, 1)), EPS);
	}

	@Test
	void periodicTriangMatchesScipyDefinitionByHand() {
		// get_window('triang', n) = triang(n + 1)[:-1]; triang(M): M even (2j+1)/M, M odd 2(j+1)/(M+1).
		final double[][] expected = { { 1 }, // n = 1: scipy's length guard returns ones(1)
			{ 1 / 2.0, 1 }, // triang(3) = [1/2, 1, 1/2]
			{ 1 / 4.0, 3 / 4.0, 3 / 4.0 }, // triang(4) = [1/4, 3/4, 3/4, 1/4]
			{ 1 / 3.0, 2 / 3.0, 1, 2 / 3.0 }, // triang(5) = [1/3, 2/3, 1, 2/3, 1/3]
			{ 1 / 6.0, 3 / 6.0, 5 / 6.0, 5 / 6.0, 3 / 6.0 }, // triang(6)
			{ 2 / 8.0, 4 / 8.0, 6 / 8.0, 1, 6 / 8.0, 4 / 8.0 } }; // triang(7)
		for (final double[] w : expected) {
			final double[] actual = new double[w.length];
			for (int i = 0; i < w.length; i++)
				actual[i] = TriangleStimulus.periodicTriang(i, w.length);
			assertArrayEquals(w, actual, EPS, "n = " + w.length);
		}
	}

	@Test
	void triangleOverAWindowAndOverTheRun() {
		// Window [2, 6) ms with dt 1: n = 4 samples, 3 x [1/3, 2/3, 1, 2/3].
		assertArrayEquals(new double[] { 0, 0, 1, 2, 3, 2, 0, 0 }, Stimuli.triangle(3, 2, 6).sample(TimeGrid.of(8,
			1)), EPS);
		// The window's shape does not depend on where the run ends.
		assertArrayEquals(new double[] { 0, 0, 1, 2 }, Stimuli.triangle(3, 2, 6).sample(TimeGrid.of(4, 1)), EPS);
		// Whole run of 5 steps: 2 x [1/6, 1/2, 5/6, 5/6, 1/2].
		assertArrayEquals(new double[] { 2 / 6.0, 1, 10 / 6.0, 10 / 6.0, 1 }, Stimuli.triangle(2).sample(TimeGrid.of(
			5, 1)), EPS);
	}

	@Test
	void sumAndPlusAddSampleBySample() {
		final TimeGrid grid = TimeGrid.of(6, 1);
		final double[] expected = { 0.5, 0.5, 2.5, 2.5, 0.5, 0.5 };
		assertArrayEquals(expected, Stimuli.sum(Stimuli.constant(0.5), Stimuli.step(2, 2, 4)).sample(grid), 0);
		assertArrayEquals(expected, Stimuli.constant(0.5).plus(Stimuli.step(2, 2, 4)).sample(grid), 0);
	}

	@Test
	void tableHoldsEachSampleForSampleDt() {
		// 0.5 ms samples on a 0.1 ms grid: each value held 5 steps, then 0.
		final double[] x = Stimuli.table(new double[] { 1, -2 }, 0.5).sample(TimeGrid.of(1.5, 0.1));
		assertArrayEquals(new double[] { 1, 1, 1, 1, 1, -2, -2, -2, -2, -2, 0, 0, 0, 0, 0 }, x, 0);
		// Finer table than grid: sample i = k dt / sampleDt.
		assertArrayEquals(new double[] { 1, 3 }, Stimuli.table(new double[] { 1, 2, 3, 4 }, 0.5).sample(TimeGrid.of(
			2, 1)), 0);
	}

	@Test
	void tableCopiesItsInputOnce() {
		final double[] samples = { 1, 2, 3 };
		final Stimulus s = Stimuli.table(samples, 1);
		samples[0] = 99;
		assertArrayEquals(new double[] { 1, 2, 3, 0 }, s.sample(TimeGrid.of(4, 1)), 0);
	}

	@Test
	void describeIsHumanReadable() {
		assertEquals("step 1.55 nA from 100 to 400 ms", Stimuli.step(1.55, 100, 400).describe());
		assertEquals("constant 2 nA", Stimuli.constant(2).describe());
		assertEquals("triangle 1 nA over the whole run", Stimuli.triangle(1).describe());
		assertEquals("constant 2 nA + step 1 nA from 0 to 5 ms", Stimuli.constant(2).plus(Stimuli.step(1, 0, 5))
			.describe());
		assertEquals("white noise mean 0 nA, sigma 0.5 nA·√ms, seed 7", Stimuli.whiteNoise(0, 0.5, 7).describe());
		assertEquals("table: 3 samples every 0.1 ms", Stimuli.table(new double[3], 0.1).describe());
		final Stimulus anonymous = grid -> new double[grid.steps()];
		assertEquals(anonymous.getClass().getSimpleName(), anonymous.describe());
	}
}

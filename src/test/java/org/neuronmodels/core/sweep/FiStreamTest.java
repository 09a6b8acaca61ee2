package org.neuronmodels.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * A streamed f–I run (blocks of currents, in parallel, rows handed on in
 * order) gives bit for bit the rows of the one-population run of the same
 * currents ({@link FiSweep#simulate} of all of them at once, the reference:
 * its neurons are independent), at any thread count and block size, and keeps
 * only a bounded summary.
 */
class FiStreamTest {

	private static final FiProtocol STEP = FiProtocol.step(120, 20, 100);

	private static ModelSetup hh() {
		return ModelSetup.of("Hodgkin-Huxley", "", "", 0.01, "");
	}

	/** Every row of a streamed run, in the order the sink saw them. */
	private static FiCollector streamed(final ModelSetup setup, final double min, final double max, final int n,
		final boolean interpolate, final int threads, final int block)
	{
		final FiCollector rows = new FiCollector(n, setup.theory() != null && setup.theory().hasRate());
		FiStream.of(setup, STEP, min, max, n, interpolate).threads(threads).block(block).run(rows,
			ProgressMonitor.NONE);
		return rows;
	}

	private static void assertSameRows(final FiRates reference, final FiCollector rows) {
		assertArrayEquals(reference.rates(), rows.rates().rates(), 0);
		assertArrayEquals(reference.spikeCounts(), rows.rates().spikeCounts());
		if (reference.interpolatedRates() != null) {
			assertArrayEquals(reference.interpolatedRates(), rows.rates().interpolatedRates(), 0);
		}
	}

	@Test
	void lifBlocksEqualOnePopulationAtOneAndTwoThreads() {
		final ModelSetup lif = FiCurveTest.lif("Exact");
		final double[] currents = FiSweep.currents(0, 5, 301, "nA");
		final FiRates reference = FiSweep.simulate(lif, currents, STEP, true, ProgressMonitor.NONE);
		assertTrue(reference.spikeCounts()[300] > 10, "the strongest current fires");
		for (final int threads : new int[] { 1, 2 }) {
			for (final int block : new int[] { 1, 7, 64, 1000 }) {
				final FiCollector rows = streamed(lif, 0, 5, 301, true, threads, block);
				assertArrayEquals(currents, rows.currents(), 0);
				assertSameRows(reference, rows);
			}
		}
	}

	@Test
	void hodgkinHuxleyBlocksEqualOnePopulation() {
		final FiProtocol step = FiProtocol.step(45, 5, 45);
		final double[] currents = FiSweep.currents(0, 40, 30, "µA/cm²");
		final FiRates reference = FiSweep.simulate(hh(), currents, step, false, ProgressMonitor.NONE);
		assertTrue(reference.rates()[29] > 0, "the strongest current fires repetitively");
		for (final int threads : new int[] { 1, 2 }) {
			final FiCollector rows = new FiCollector(30, false);
			FiStream.of(hh(), step, 0, 40, 30, false).threads(threads).block(4).run(rows, ProgressMonitor.NONE);
			assertSameRows(reference, rows);
		}
	}

	@Test
	void summaryMatchesTheRowsAndTheOnePopulationRheobase() {
		final ModelSetup lif = FiCurveTest.lif("Exact");
		final double[] currents = FiSweep.currents(0, 5, 301, "nA");
		final FiRates reference = FiSweep.simulate(lif, currents, STEP, false, ProgressMonitor.NONE);
		final FiSummary s = FiStream.of(lif, STEP, 0, 5, 301, false).threads(2).block(16).columns(50).run(
			FiSink.NONE, ProgressMonitor.NONE);
		long spikes = 0;
		int firing = 0;
		double max = 0;
		for (int i = 0; i < currents.length; i++) {
			spikes += reference.spikeCounts()[i];
			if (reference.rates()[i] > 0) firing++;
			max = Math.max(max, reference.rates()[i]);
		}
		assertEquals(spikes, s.spikes());
		assertEquals(firing, s.firingCurrents());
		assertEquals(max, s.maxRate(), 0);
		final double tolerance = FiCurve.RHEOBASE_RELATIVE_TOLERANCE * 5;
		assertEquals(RheobaseSearch.find(lif, STEP, currents, reference.rates(), tolerance, ProgressMonitor.NONE), s
			.rheobase(), 0);
		// no LIF fires below R·I = V_th − V_rest (2 nA); at 2.2 nA the interval is t_ref + τ·ln((R·I − 5)/(R·I − 20))
		// = 3 + 8·ln(17/2) = 20.1 ms, so two spikes fall in the 40 ms second half of the 80 ms window
		assertTrue(s.rheobase() > 2.0 && s.rheobase() < 2.2, "rheobase " + s.rheobase());
		assertTrue(s.rateCurve()[0].length <= 5 * 50, "a decimated curve: " + s.rateCurve()[0].length);
	}

	@Test
	void currentsAreThoseOfTheArray() {
		for (final int n : new int[] { 1, 2, 3, 101, 9973 }) {
			final double[] c = FiSweep.currents(-1.3, 7.1, n, "nA");
			final FiCurrents f = FiCurrents.of(-1.3, 7.1, n, "nA");
			for (int i = 0; i < n; i++)
				assertEquals(c[i], f.get(i), 0, "current " + i + " of " + n);
		}
	}

	@Test
	void tenMillionCurrentsAreValidAndMoreAreNot() {
		assertEquals(10_000_000, FiStream.of(FiCurveTest.lif("Exact"), STEP, 0, 5, 10_000_000, false).currents()
			.size());
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> FiStream.of(
			FiCurveTest.lif("Exact"), STEP, 0, 5, 10_000_001, false));
		assertTrue(e.getMessage().contains("currentSteps"), e.getMessage());
	}

	@Test
	void tenMillionCurrentsOfOneStepRunInBoundedMemory() {
		// 10^7 LIF neurons for one 0.1 ms step each, R·I from 0 to 10^4 mV: the currents above
		// (V_th − V_rest)/(R·(1 − e^(−dt/τ))) = 20/(10·0.012422) = 161.0 nA cross in that step
		final int n = 10_000_000;
		final List<Long> firsts = new ArrayList<>();
		final long[] rows = new long[1];
		final long[] spikes = new long[1];
		final FiSummary s = FiStream.of(FiCurveTest.lif("Exact"), FiProtocol.constant(0.1), 0, 1000, n, false)
			.threads(2).run((first, c, r, t) -> {
				if (firsts.size() < 3) firsts.add(first);
				rows[0] += c.length;
				for (final int k : r.spikeCounts())
					spikes[0] += k;
			}, ProgressMonitor.NONE);
		assertEquals(n, rows[0]);
		assertEquals(List.of(0L, (long) FiStream.BLOCK, 2L * FiStream.BLOCK), firsts);
		assertEquals(spikes[0], s.spikes());
		final double vth = 20 / (10 * (1 - Math.exp(-0.1 / 8)));
		assertEquals(n - Math.ceil(vth / 1000 * (n - 1)), s.spikes(), 2);
		assertTrue(s.rateCurve()[0].length <= 5 * 1500 + 5);
	}
}

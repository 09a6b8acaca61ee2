package org.neuronmodels.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The headless progress lines: none during the first interval, at most one
 * per interval however often progress is reported, with the phase, how far it
 * is and the time left by linear extrapolation. The clock is a fake one
 * (nanoseconds set by the test), so nothing here depends on the machine's speed.
 */
class ProgressLogTest {

	private static final long SECOND = 1_000_000_000L;

	private final long[] now = { 1000 * SECOND };
	private final List<String> lines = new ArrayList<>();
	private final List<long[]> forwarded = new ArrayList<>();
	private final ProgressMonitor inner = new ProgressMonitor() {

		@Override
		public void progress(final long done, final long total) {
			forwarded.add(new long[] { done, total });
		}

		@Override
		public boolean isCancelled() {
			return forwarded.size() >= 3;
		}
	};

	private ProgressLog log() {
		return new ProgressLog(inner, lines::add, () -> now[0], 10 * SECOND);
	}

	@Test
	void aRunShorterThanTheIntervalWritesNothing() {
		final ProgressLog log = log();
		log.phase("simulating", 0.1, "ms");
		for (int k = 1; k <= 180; k++) { // 180 reports 50 ms apart: 9 s
			now[0] += SECOND / 20;
			log.progress(k, 180);
		}
		assertEquals(List.of(), lines);
		assertEquals(180, forwarded.size(), "the wrapped monitor (the status bar) hears every report");
	}

	@Test
	void aLongRunWritesOneLinePerIntervalWhateverTheReportRate() {
		final ProgressLog log = log();
		log.phase("simulating", 0.1, "ms");
		for (int k = 1; k <= 2000; k++) { // 2000 reports 50 ms apart: 100 s, so lines at 10, 20, …, 100 s
			now[0] += SECOND / 20;
			if (k == 1000) log.note("mean rate 37.30 Hz so far");
			log.progress(k, 2000);
		}
		assertEquals(10, lines.size(), String.join("\n", lines));
		// after 10 s, 200 of 2000 steps of 0.1 ms: 20 of 200 ms, 10 %; 10 s for 10 % leaves 90 s
		assertEquals("neuron-models: simulating 20 / 200 ms (10 %), 10 s so far, about 1 min 30 s left in this phase",
			lines.get(0));
		assertEquals("neuron-models: simulating 200 / 200 ms (100 %), mean rate 37.30 Hz so far, 1 min 40 s so far",
			lines.get(9));
	}

	@Test
	void theBuildPhaseShowsAPercentageAndTheEtaOfItsOwnPhase() {
		final ProgressLog log = log();
		now[0] += 30 * SECOND; // 30 s of something before the build: in "so far", not in the build's estimate
		log.phase("building connectivity", Double.NaN, null);
		now[0] += 20 * SECOND;
		log.progress(500_000, 1_250_000); // 40 % in 20 s: 20 · 0.6 / 0.4 = 30 s left
		assertEquals(List.of("neuron-models: building connectivity 40 %, 50 s so far, about 30 s left in this phase"),
			lines);
	}

	@Test
	void noEstimateBeforeOnePercentOfThePhase() {
		final ProgressLog log = log();
		log.phase("simulating", 0.1, "ms");
		now[0] += 12 * SECOND; // 12 s preparing, then the first of 10000 steps: extrapolating would say 33 h
		log.progress(1, 10_000);
		assertEquals(List.of("neuron-models: simulating 0 / 1000 ms (0 %), 12 s so far"), lines);
	}

	@Test
	void shortPhasesShowTenthsOfTheirUnit() {
		final ProgressLog log = log();
		log.phase("accuracy check", 0.05, "ms");
		now[0] += 12 * SECOND;
		log.progress(300, 1000); // 300 steps of 0.05 ms: 15 of 50 ms
		assertEquals(List.of("neuron-models: accuracy check 15.0 / 50.0 ms (30 %), 12 s so far, about 28 s left in " +
			"this phase"), lines);
	}

	@Test
	void cancellationComesFromTheWrappedMonitor() {
		final ProgressLog log = log();
		log.progress(1, 10);
		log.progress(2, 10);
		assertTrue(!log.isCancelled());
		log.progress(3, 10);
		assertTrue(log.isCancelled());
		assertEquals(3, forwarded.get(2)[0]);
	}

	@Test
	void durationsReadAsSecondsMinutesOrHours() {
		assertEquals("0 s", ProgressLog.duration(0));
		assertEquals("59 s", ProgressLog.duration(59 * SECOND));
		assertEquals("1 min 05 s", ProgressLog.duration(65 * SECOND));
		assertEquals("1 h 02 min", ProgressLog.duration(3720 * SECOND));
	}
}

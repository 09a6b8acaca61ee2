package org.neuronmodels.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/** Parallel runs: results by index whatever the threads, failures, cancellation. */
class ParallelRunsTest {

	@Test
	void resultsAreCollectedByIndexWhateverTheThreadCount() {
		for (final int threads : new int[] { 1, 2, 7 }) {
			final List<Integer> squares = ParallelRuns.run(50, threads, (i, m) -> i * i, ProgressMonitor.NONE);
			for (int i = 0; i < 50; i++)
				assertEquals(i * i, (int) squares.get(i));
		}
	}

	@Test
	void progressEndsAtTheTotal() {
		final long[] last = { -1, -1 };
		ParallelRuns.run(10, 2, (i, m) -> i, new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {
				last[0] = done;
				last[1] = total;
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		});
		assertEquals(10, last[0]);
		assertEquals(10, last[1]);
	}

	@Test
	void theLowestFailingTaskIsRethrown() {
		final IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelRuns.run(20, 1, (i,
			m) -> {
			if (i >= 3) throw new IllegalStateException("task " + i);
			return i;
		}, ProgressMonitor.NONE));
		assertEquals("task 3", e.getMessage());
	}

	@Test
	void cancellationStopsRunningTasksAndKeepsNothing() {
		final AtomicInteger started = new AtomicInteger();
		final ProgressMonitor cancelNow = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return started.get() > 0;
			}
		};
		// Each task would spin forever unless it sees the cancellation.
		assertThrows(SimulationCancelledException.class, () -> ParallelRuns.run(100, 2, (i, m) -> {
			started.incrementAndGet();
			while (!m.isCancelled())
				Thread.onSpinWait();
			throw new SimulationCancelledException(0);
		}, cancelNow));
		assertTrue(started.get() <= 2, "no task starts after the cancellation: " + started.get());
	}

	@Test
	void splitCoversEveryIndexOnce() {
		final int[] b = ParallelRuns.split(10, 4);
		assertEquals(0, b[0]);
		assertEquals(10, b[b.length - 1]);
		assertEquals(5, b.length);
		assertSame(int[].class, b.getClass());
		assertEquals(2, ParallelRuns.split(1, 4).length);
	}
}

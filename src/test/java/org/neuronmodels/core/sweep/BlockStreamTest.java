package org.neuronmodels.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/** Blocks are handed on in order at any thread count, a bounded number ahead; failures and cancels stop the run. */
class BlockStreamTest {

	@Test
	void resultsArriveInBlockOrderWithABoundedWindow() {
		for (final int threads : new int[] { 1, 2, 5 }) {
			final List<Integer> seen = new ArrayList<>();
			final AtomicInteger consumed = new AtomicInteger();
			final AtomicInteger maxAhead = new AtomicInteger();
			BlockStream.run(200, threads, (b, m) -> {
				if ((b * 37) % 11 == 0) Thread.yield();
				maxAhead.accumulateAndGet(b - consumed.get(), Math::max);
				return b * b;
			}, r -> {
				seen.add(r);
				consumed.incrementAndGet();
			}, ProgressMonitor.NONE);
			assertEquals(200, seen.size());
			for (int b = 0; b < 200; b++)
				assertEquals(b * b, seen.get(b));
			assertTrue(maxAhead.get() < 2 * threads, "a worker ran " + maxAhead.get() + " blocks ahead");
		}
	}

	@Test
	void theLowestFailingBlockIsRethrown() {
		final IllegalStateException e = assertThrows(IllegalStateException.class, () -> BlockStream.run(50, 2, (b,
			m) -> {
			if (b == 7) throw new IllegalStateException("block 7");
			return b;
		}, r -> {}, ProgressMonitor.NONE));
		assertEquals("block 7", e.getMessage());
	}

	@Test
	void aLaterFailureOfAnEarlierBlockWins() {
		// block 3 fails after block 4 has failed: the run's failure is block 3's, as on one thread
		final IllegalStateException e = assertThrows(IllegalStateException.class, () -> BlockStream.run(20, 3, (b,
			m) -> {
			if (b == 3) {
				sleep(300);
				throw new IllegalStateException("block 3");
			}
			if (b == 4) throw new IllegalStateException("block 4");
			return b;
		}, r -> {}, ProgressMonitor.NONE));
		assertEquals("block 3", e.getMessage());
	}

	private static void sleep(final long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void cancellingStopsTheRun() {
		final AtomicInteger consumed = new AtomicInteger();
		final ProgressMonitor cancelAfterThree = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return consumed.get() >= 3;
			}
		};
		assertThrows(SimulationCancelledException.class, () -> BlockStream.run(1000, 2, (b, m) -> b,
			r -> consumed.incrementAndGet(), cancelAfterThree));
		assertEquals(3, consumed.get());
	}
}

package org.neuronmodels.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The scheduler runs every chunk of every step exactly once and never starts a step early. */
class StepSchedulerTest {

	/**
	 * Two threads, four chunks, 300 steps; thread 1 starts 30 ms late, so
	 * thread 0 must run thread 1's chunks meanwhile (it takes them over after
	 * 20 µs). Every (step, chunk) runs once, and when a chunk of step k runs,
	 * every chunk of step k − 1 has finished.
	 */
	@Test
	void everyChunkOfEveryStepRunsOnceAndStepsNeverOverlap() throws InterruptedException {
		final int chunks = 4, steps = 300;
		final AtomicInteger[][] runs = new AtomicInteger[steps + 1][chunks];
		final AtomicInteger[] finishedPerStep = new AtomicInteger[steps + 1];
		for (int k = 0; k <= steps; k++) {
			finishedPerStep[k] = new AtomicInteger();
			for (int c = 0; c < chunks; c++)
				runs[k][c] = new AtomicInteger();
		}
		final AtomicInteger violations = new AtomicInteger();
		final StepScheduler s = new StepScheduler(chunks, 2, steps);
		final StepScheduler.ChunkWork work = (step, chunk) -> {
			final int k = (int) step + 1; // step -1 is the preparation
			if (k > 0 && finishedPerStep[k - 1].get() != chunks) violations.incrementAndGet();
			runs[k][chunk].incrementAndGet();
			finishedPerStep[k].incrementAndGet();
		};
		final Thread late = new Thread(() -> {
			try {
				Thread.sleep(30);
			}
			catch (final InterruptedException e) {
				return;
			}
			s.run(1, work);
		});
		late.start();
		s.run(0, work);
		late.join();
		assertEquals(0, violations.get(), "a chunk started before the previous step had finished");
		for (int k = 0; k <= steps; k++)
			for (int c = 0; c < chunks; c++)
				assertEquals(1, runs[k][c].get(), "step " + (k - 1) + ", chunk " + c);
		assertTrue(s.progress() >= steps - 1);
	}

	/** After stopAfter(k), step k still completes and no later step starts. */
	@Test
	void stopAfterLetsTheCurrentStepFinish() {
		final int steps = 100;
		final AtomicInteger lastStep = new AtomicInteger(-10);
		final StepScheduler s = new StepScheduler(1, 1, steps);
		s.run(0, (step, chunk) -> {
			lastStep.set((int) step);
			if (step == 41) s.stopAfter(41);
		});
		assertEquals(41, lastStep.get());
	}
}

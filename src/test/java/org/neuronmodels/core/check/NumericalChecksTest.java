package org.neuronmodels.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.stimulus.Stimuli;

/** The checks on synthetic spike trains and on LIF runs whose spike times theory gives. */
class NumericalChecksTest {

	private static SpikeRecord regular(final double first, final double isi, final int n) {
		final SpikeRecord r = new SpikeRecord(1);
		for (int k = 0; k < n; k++)
			r.add(0, first + k * isi);
		return r;
	}

	@Test
	void spikesOnConsecutiveStepsAreFlagged() {
		// every step of 0.05 ms: 20 000 Hz, the grid's ceiling (issue 12: ExpIF at amplitude 1e6)
		final String w = StepSizeCheck.check(regular(0.05, 0.05, 100), 0.05, 0, 5);
		assertNotNull(w);
		assertTrue(w.contains("1 step(s) apart") && w.contains("20000 Hz"), w);
		assertNull(StepSizeCheck.check(regular(5, 10, 20), 0.1, 2, 200)); // 100 Hz at dt = 0.1: resolved
	}

	@Test
	void firingAtTheRefractoryCeilingIsFlagged() {
		// tRef 2 ms, dt 0.1: intervals of 2.1 ms are the ceiling, 1000 / 2.1 = 476 Hz
		final String w = StepSizeCheck.check(regular(1, 2.1, 50), 0.1, 2, 110);
		assertNotNull(w);
		assertTrue(w.contains("476 Hz"), w);
	}

	/** Exact LIF integration: a 1.55 nA step (R 10 MΩ, τ 8 ms, 15 mV to threshold) fires at T = τ ln(15.5/0.5) + tRef. */
	@Test
	void exactLifAgreesAtHalfTheStep() {
		final LifParameters p = LifParameters.uniform(1, -70, -70, -55, 10, 8, 2);
		final AccuracyCheck.Rerun rerun = (dt, len) -> LifSimulation.run(p, Integrators.EXACT, dt, len, Stimuli.step(
			1.55, 0, 1000), ProgressMonitor.NONE).spikes();
		final SpikeRecord run = rerun.spikes(0.1, 200);
		final double isi = 8 * Math.log(15.5 / 0.5) + 2;
		final double[] t = run.timesOf(0);
		assertEquals(isi, t[1] - t[0], 0.1 + 1e-9); // within one step of theory
		assertNull(AccuracyCheck.check(run, 0.1, 200, false, rerun));
	}

	@Test
	void countsThatChangeWithTheStepAreFlaggedWithASuggestedDt() {
		// a fake model whose spike count doubles until dt ≤ 0.025 ms, then stays: the suggestion names 0.025 ms
		final AccuracyCheck.Rerun rerun = (dt, len) -> regular(1, dt > 0.03 ? 20 * dt / 0.1 : 5, (int) (len / (
			dt > 0.03 ? 20 * dt / 0.1 : 5)));
		final String w = AccuracyCheck.check(rerun.spikes(0.1, 100), 0.1, 100, false, rerun);
		assertNotNull(w);
		assertTrue(w.contains("use dt ≤ 0.025 ms"), w);
	}

	@Test
	void noisyRatesAreComparedAllowingForChance() {
		assertNull(AccuracyCheck.difference(regular(1, 10, 100), regular(1, 9, 110), 0.1, true));
		assertNotNull(AccuracyCheck.difference(regular(1, 10, 100), regular(1, 4, 250), 0.1, true));
	}

	@Test
	void aBlowUpThatPersistsAtATenthOfTheStepBlamesTheInput() {
		final NumericalInstabilityException e = new NumericalInstabilityException(0, 5, 1e9, 0.1);
		final NumericalInstabilityException input = BlowUpDiagnosis.explain(e, 0.1, "the input (amplitude = 1e6 nA)",
			(dt, len) -> {
				throw new NumericalInstabilityException(0, 5, 1e9, dt);
			});
		assertTrue(input.getMessage().contains("the step is not the cause: the input (amplitude = 1e6 nA)"), input
			.getMessage());
		final NumericalInstabilityException step = BlowUpDiagnosis.explain(e, 0.1, "the input", (dt, len) -> regular(1,
			5, 2));
		assertTrue(step.getMessage().contains("dt is too large; use dt = 0.01 ms"), step.getMessage());
	}

	@Test
	void runawayNetworkActivityIsReported() {
		final SpikeRecord r = new SpikeRecord(10);
		for (int i = 0; i < 10; i++)
			for (int k = 0; k < 60; k++)
				r.add(i, 1 + k * 5); // 200 Hz each
		final String w = RunawayCheck.check(r, 300, "the weights");
		assertNotNull(w);
		assertTrue(w.contains("runaway activity") && w.contains("200 Hz"), w);
		assertNull(RunawayCheck.check(regular(1, 100, 3), 300, "the weights"));
	}
}

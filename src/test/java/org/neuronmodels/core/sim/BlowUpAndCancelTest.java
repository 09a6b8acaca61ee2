package org.neuronmodels.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.stimulus.Stimuli;

/** The simulation loop stops on blow-up of any state variable, and when cancelled. */
class BlowUpAndCancelTest {

	@Test
	void unstableEulerStepBlowsUpWithAMessageSuggestingASmallerDt() {
		// Forward Euler multiplies V − V∞ by 1 − dt/τ each step; dt = 10 τ gives −9 (|·| > 1: unstable).
		// With I = 0 (V∞ = V_rest = −70 mV) and V(0) = 80 mV: V(dt) = −70 + 150·(−9) = −1420 mV, below the
		// −1000 mV bound, and no spike on the way (threshold 200 mV). LifSimulation refuses dt > τ_m up
		// front, so the population is driven through the core loop directly.
		final double tau = 1, dt = 10;
		final LifPopulation p = new LifPopulation(LifParameters.uniform(1, -70, -65, 200, 10, tau, 0), dt,
			Integrators.EULER);
		p.setVoltage(0, 80);
		final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class, () -> Simulation
			.run(p, CurrentInput.shared(new double[5]), TimeGrid.of(5 * dt, dt), Recording.of(0),
				ProgressMonitor.NONE));
		assertEquals("Numerical blow-up: V = -1420 mV for neuron 0 at t = 10 ms with dt = 10 ms. " +
			"Try a smaller dt, e.g. dt = 1 ms.", e.getMessage());
		assertEquals(1.0, e.suggestedDt(), 0.0);
	}

	@Test
	void nanInputMakesVoltageNaNAndIsCaughtAtTheEndOfThatStep() {
		// Exact update: V ← V∞ + (V − V∞)·e^(−dt/τ) with V∞ = V_rest + R·I; I = NaN at step 3 gives V = NaN,
		// stamped t_(3+1) = 0.4 ms.
		final double dt = 0.1;
		final double[] input = new double[10];
		input[3] = Double.NaN;
		final LifPopulation p = new LifPopulation(LifParameters.uniform(1, -70, -65, -50, 10, 8, 2), dt,
			Integrators.EXACT);
		final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class, () -> Simulation
			.run(p, CurrentInput.shared(input), TimeGrid.of(10 * dt, dt), Recording.of(0), ProgressMonitor.NONE));
		assertTrue(e.getMessage().startsWith("Numerical blow-up: V = NaN mV for neuron 0 at t = 0.4 ms"), e
			.getMessage());
		assertTrue(e.getMessage().contains("Try a smaller dt"), e.getMessage());
	}

	@Test
	void nonVoltageStateThatBecomesInfiniteIsCaught() {
		// A population whose voltage stays at −65 mV while its adaptation w doubles from 1 pA every step:
		// after step k, w = 2^(k+1); 2^1024 overflows to Infinity after step 1023, stamped t = 1024 · 0.5 ms.
		final TwoVariablePopulation p = new TwoVariablePopulation(0.5);
		final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class, () -> Simulation
			.run(p, CurrentInput.shared(new double[2000]), TimeGrid.of(1000, 0.5), Recording.spikesOnly(),
				ProgressMonitor.NONE));
		assertEquals("Numerical blow-up: w = Infinity pA for neuron 1 at t = 512 ms with dt = 0.5 ms. " +
			"Try a smaller dt, e.g. dt = 0.05 ms.", e.getMessage());
	}

	@Test
	void cancellingStopsAtTheNextCheckAndKeepsNoResult() {
		// 100 000 steps; the monitor asks to stop once half are reported done. Every 1024 steps the loop first
		// asks whether to stop, then reports progress: the first report at or beyond 50 000 is 49 · 1024 =
		// 50 176, so the next check, after step 50 · 1024 = 51 200 (t = 5120 ms), stops the run.
		final int steps = 100_000;
		final long[] lastDone = { 0 };
		final ProgressMonitor stopHalfWay = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {
				lastDone[0] = done;
			}

			@Override
			public boolean isCancelled() {
				return lastDone[0] >= steps / 2;
			}
		};
		final SimulationCancelledException e = assertThrows(SimulationCancelledException.class, () -> LifSimulation
			.run(LifParameters.uniform(1, -70, -65, -50, 10, 8, 2), Integrators.EXACT, 0.1, steps * 0.1, Stimuli
				.constant(2.5), stopHalfWay));
		assertEquals(49 * 1024, lastDone[0], "last progress before the stop");
		assertEquals("Simulation cancelled at t = 5120 ms; no results were kept.", e.getMessage());
	}

	@Test
	void decimatedRecordingKeepsEveryNthSampleAndAllSpikes() {
		// Recording every 7th step keeps samples 0, 7, 14, …: ceil(2000 / 7) = 286 of them, equal to the same
		// samples of a full recording; spikes do not depend on the recording.
		final LifParameters p = LifParameters.uniform(1, -70, -65, -50, 10, 8, 2);
		final SimulationResult full = LifSimulation.run(p, Integrators.EXACT, 0.1, 200, Stimuli.step(2.5, 20,
			180), Recording.of(0), ProgressMonitor.NONE);
		final SimulationResult every7 = LifSimulation.run(p, Integrators.EXACT, 0.1, 200, Stimuli.step(2.5, 20,
			180), Recording.of(0).every(7), ProgressMonitor.NONE);
		assertEquals(286, every7.traces().time().length);
		for (int j = 0; j < 286; j++) {
			assertEquals(full.traces().time()[7 * j], every7.traces().time()[j], 0.0);
			assertEquals(full.traces().voltage(0)[7 * j], every7.traces().voltage(0)[j], 0.0);
			assertEquals(full.traces().current(0)[7 * j], every7.traces().current(0)[j], 0.0);
		}
		assertArrayEquals(full.spikes().times(), every7.spikes().times(), 0.0);
	}

	/** Two neurons: V fixed at −65 mV, w (pA) doubling every step for neuron 1 only. */
	private static final class TwoVariablePopulation implements SpikingPopulation {

		private final double dt;
		private final double[] v = { -65, -65 };
		private final double[] w = { 1, 1 };

		TwoVariablePopulation(final double dt) {
			this.dt = dt;
		}

		@Override
		public int size() {
			return 2;
		}

		@Override
		public double dt() {
			return dt;
		}

		@Override
		public int step(final double[] input, final int[] spiked) {
			w[1] *= 2;
			return 0;
		}

		@Override
		public double[] voltage() {
			return v;
		}

		@Override
		public String[] variables() {
			return new String[] { "V", "w" };
		}

		@Override
		public String[] variableUnits() {
			return new String[] { "mV", "pA" };
		}

		@Override
		public double[] variable(final int index) {
			return index == 0 ? v : w;
		}

		@Override
		public String toString() {
			return Arrays.toString(w);
		}
	}
}

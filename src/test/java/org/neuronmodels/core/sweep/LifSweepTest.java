package org.neuronmodels.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusKind;

/** The vectorised LIF sweep against independent single-neuron runs and against theory. */
class LifSweepTest {

	private static LifSweep.Settings settings() {
		final LifSweep.Settings s = new LifSweep.Settings();
		s.duration = 300;
		s.stimulus.kind = StimulusKind.STEP;
		s.stimulus.amplitude = 2.5;
		s.stimulus.stimStart = 20;
		s.stimulus.stimStop = 280;
		return s;
	}

	@Test
	void everyPointEqualsItsOwnSingleNeuronRunBitForBit() {
		final LifSweep.Settings s = settings();
		final SweepGrid grid = SweepGrid.of(SweepAxis.parse("tauM", "values1", "4, 20, 4, Log"), SweepAxis.parse(
			"amplitude", "values2", "1.5, 4, 3"));
		final int[] traced = grid.picks(2);
		final SweepResult r = LifSweep.run(s, grid, traced, 2, ProgressMonitor.NONE);
		for (int p = 0; p < grid.size(); p++) {
			// The independent computation: the single-neuron simulation the LIF command runs.
			final SimulationResult one = LifSimulation.run(LifParameters.uniform(1, s.vRest, s.vReset, s.vThreshold,
				s.resistance, grid.value1(p), s.tRef), Integrators.EXACT, s.dt, s.duration, org.neuronmodels.core.stimulus.Stimuli
					.step(grid.value2(p), 20, 280), ProgressMonitor.NONE);
			assertEquals(one.spikes().timesOf(0).length, r.values("spikeCount")[p], 0.0, "point " + p);
			assertEquals(one.meanRate(20, 280), r.values("firingRate")[p], 0.0, "point " + p);
			for (int k = 0; k < traced.length; k++)
				if (traced[k] == p) assertArrayEquals(one.traces().voltage(0), r.traceVoltage(k), 0.0);
		}
		assertEquals("vectorised LIF population", r.method());
	}

	@Test
	void theNumbersDoNotDependOnTheThreadCount() {
		final SweepGrid grid = SweepGrid.of(SweepAxis.parse("tauM", "values1", "2, 30, 7"), SweepAxis.parse("amplitude",
			"values2", "0, 5, 9"));
		final SweepResult one = LifSweep.run(settings(), grid, new int[0], 1, ProgressMonitor.NONE);
		final SweepResult three = LifSweep.run(settings(), grid, new int[0], 3, ProgressMonitor.NONE);
		assertArrayEquals(one.values("firingRate"), three.values("firingRate"), 0.0);
		assertArrayEquals(one.values("spikeCount"), three.values("spikeCount"), 0.0);
	}

	@Test
	void ratesFollowTheClosedFormForConstantCurrent() {
		final LifSweep.Settings s = settings();
		s.stimulus.kind = StimulusKind.CONSTANT;
		s.duration = 2000;
		s.dt = 0.01;
		s.tRef = 0;
		final SweepGrid grid = SweepGrid.of(SweepAxis.parse("amplitude", "values1", "0, 6, 25"));
		final SweepResult r = LifSweep.run(s, grid, new int[0], 2, ProgressMonitor.NONE);
		final double rheobase = LifTheory.rheobase(s.vRest, s.vThreshold, s.resistance); // (−50 + 70)/10 = 2 nA
		for (int p = 0; p < grid.size(); p++) {
			final double current = grid.value1(p);
			final double rate = r.values("firingRate")[p];
			if (current <= rheobase) {
				assertEquals(0, rate, 0.0, "no spike at or below rheobase, I = " + current);
				continue;
			}
			// Theory: T = τ·ln((R·I + E_L − V_reset)/(R·I + E_L − V_th)) between spikes, and the first spike
			// after L = τ·ln((R·I)/(R·I + E_L − V_th)) from rest. The simulation stamps each crossing at the end
			// of its step, so L ≤ L_sim < L + dt and T ≤ T_sim < T + dt; spikes fall at L_sim + m·T_sim ≤ D, so
			// floor((D − L − dt)/(T + dt)) + 1 ≤ count ≤ floor((D − L)/T) + 1.
			final double t = LifTheory.interspikeInterval(s.vRest, s.vReset, s.vThreshold, s.resistance, s.tauM, s.tRef,
				current);
			final double l = LifTheory.firstSpikeLatency(s.vRest, s.vThreshold, s.resistance, s.tauM, current, s.vRest);
			final double count = r.values("spikeCount")[p];
			assertTrue(count <= Math.floor((s.duration - l) / t) + 1, "I = " + current + ": " + count);
			assertTrue(count >= Math.floor((s.duration - l - s.dt) / (t + s.dt)) + 1, "I = " + current + ": " + count);
			assertEquals(count / (s.duration / 1000), rate, 1e-9, "the rate counts the whole run for Constant");
			assertEquals(1000 / t, rate, 0.01 * 1000 / t, "within 1 % of 1000/T");
		}
	}

	@Test
	void aStimulusParameterGetsOneWaveformPerValue() {
		final LifSweep.Settings s = settings();
		final SweepGrid grid = SweepGrid.of(SweepAxis.parse("stimStop", "values1", "100, 280, 3"));
		final SweepResult r = LifSweep.run(s, grid, new int[0], 1, ProgressMonitor.NONE);
		for (int p = 0; p < grid.size(); p++) {
			final SimulationResult one = LifSimulation.run(LifParameters.uniform(1, s.vRest, s.vReset, s.vThreshold,
				s.resistance, s.tauM, s.tRef), Integrators.EXACT, s.dt, s.duration, org.neuronmodels.core.stimulus.Stimuli
					.step(2.5, 20, grid.value1(p)), ProgressMonitor.NONE);
			// the rate window follows the swept stimStop, as in the command
			assertEquals(one.meanRate(20, grid.value1(p)), r.values("firingRate")[p], 0.0);
		}
	}

	@Test
	void badPointsAreRefusedBeforeRunning() {
		final LifSweep.Settings s = settings();
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> LifSweep.run(s, SweepGrid
			.of(SweepAxis.parse("tauM", "values1", "0.05, 10, 3")), new int[0], 1, ProgressMonitor.NONE));
		assertEquals("dt", e.parameter(), e.getMessage()); // dt = 0.1 ms > tauM = 0.05 ms
		assertThrows(InvalidParameterException.class, () -> LifSweep.run(s, SweepGrid.of(SweepAxis.parse("dt",
			"values1", "0.05, 0.1, 2")), new int[0], 1, ProgressMonitor.NONE));
	}

	@Test
	void aCancelledSweepKeepsNothing() {
		final ProgressMonitor cancelled = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};
		final LifSweep.Settings s = settings();
		s.duration = 100_000; // would take a while: 10⁶ steps × 400 neurons
		assertTrue(TimeGrid.of(s.duration, s.dt).steps() > 100_000);
		assertThrows(SimulationCancelledException.class, () -> LifSweep.run(s, SweepGrid.of(SweepAxis.parse("tauM",
			"values1", "5, 50, 20"), SweepAxis.parse("amplitude", "values2", "1, 4, 20")), new int[0], 2, cancelled));
	}
}

package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * A network build and run tell their monitor (the status bar, the headless
 * progress lines) which phase they are in, the simulated time per step, and
 * the mean rate so far; the last rate told is the run's mean rate, counted
 * from its spike record.
 */
class NetworkProgressTest {

	@Test
	void buildAndRunNameTheirPhasesAndTheRunTellsTheRateSoFar() {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.BRUNEL;
		s.neurons = 2000;
		s.duration = 200;
		s.seed = 11;
		s.threads = 1;
		final NetworkSettings r = s.resolve();
		final List<String> phases = new ArrayList<>(), notes = new ArrayList<>();
		final ProgressMonitor monitor = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return false;
			}

			@Override
			public void phase(final String name, final double unitsPerWork, final String unit) {
				phases.add(name + (unit == null ? "" : " " + unitsPerWork + " " + unit));
			}

			@Override
			public void note(final String text) {
				notes.add(text);
			}
		};
		final Network net = NetworkBuilder.build(r, monitor);
		final NetworkResult result = NetworkSimulation.run(net, r.duration, r.dt, 1, r.seed, monitor);
		assertEquals(List.of("building connectivity", "simulating " + r.dt + " ms"), phases);
		assertTrue(!notes.isEmpty(), "no rate told");
		// the rate from the spike record: spikes / (neurons · 0.2 s)
		final double rate = result.spikes().count() / (2000 * 0.2);
		assertTrue(rate > 1, "the network is active: " + rate + " Hz");
		assertEquals(String.format(Locale.ROOT, "mean rate %.2f Hz so far", rate), notes.get(notes.size() - 1));
	}
}

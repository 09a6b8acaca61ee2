package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;

/** Network recording ({@code recordNeurons}, {@code recordEvery}): bad input, and traces equal to single runs. */
class NetworkRecordingTest {

	private static NetworkSettings custom(final String recordNeurons) {
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUSTOM;
		s.neurons = 100;
		s.recordNeurons = recordNeurons;
		return s;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"5-2 | recordNeurons = \"5-2\" is invalid: the range 5-2 runs backwards (write low-high, e.g. 2-5)",
		"0-9,100 | recordNeurons = \"0-9,100\" is invalid: neuron 100 does not exist: the network has 100 neurons " +
			"(0 to 99)",
		"98-120 | recordNeurons = \"98-120\" is invalid: neuron 120 does not exist: the network has 100 neurons " +
			"(0 to 99)",
		"a | recordNeurons = \"a\" is invalid: \"a\" is not a neuron index (a whole number from 0) or a range such " +
			"as 0-9",
		"-3 | recordNeurons = \"-3\" is invalid: \"-3\" is not a neuron index (a whole number from 0) or a range " +
			"such as 0-9",
		"'1,,2' | recordNeurons = \"1,,2\" is invalid: an empty item between commas" })
	void badNeuronListsAreRefusedWithTheirReason(final String text, final String message) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> custom(text)
			.resolve());
		assertEquals(message, e.getMessage());
		assertEquals("recordNeurons", e.parameter());
	}

	@Test
	void aListIsSortedWithoutRepeats() {
		assertArrayEquals(new int[] { 0, 1, 2, 3, 7, 99 }, custom(" 7, 0-3 ,2, 99").resolve().recording(100)
			.neurons());
		assertEquals(0, custom("").resolve().recording(100).neurons().length);
	}

	@Test
	void recordingMoreThanTheHeapHoldsIsRefusedUpFront() {
		final NetworkSettings s = custom("0-99");
		s.duration = 1e6; // NB: the network itself fits (NetworkMemory); only the traces do not
		s.dt = 0.1;
		s.rule = NetworkSettings.RULE_ONE_TO_ONE;
		final NetworkSettings r = s.resolve();
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> NetworkSimulation.run(
			NetworkBuilder.build(r), r.duration, r.dt, 1, 1, r.recording(100), ProgressMonitor.NONE));
		assertTrue(e.getMessage().startsWith("Not enough memory: recording 100 neuron(s) for 10000000 samples (one " +
			"every recordEvery = 1 steps) needs about "), e.getMessage());
		assertEquals("recordNeurons", e.parameter());
	}

	@Test
	void lifNetworkTracesAreTheSingleNeuronTraces() {
		// The network's own LIF kernel (no synapses) against the LIF command's population (exact step): V and the
		// input current of neurons 0 and 2 every 7 steps, compared with ==, at 1 and 3 threads.
		final double[] current = { 1.5, 2.5, 4 };
		final TimeGrid grid = TimeGrid.of(200, 0.1);
		final double[][] in = new double[3][grid.steps()];
		for (int i = 0; i < 3; i++)
			Arrays.fill(in[i], current[i]);
		final SimulationResult one = Simulation.run(new LifPopulation(LifParameters.uniform(3, -70, -65, -50, 10, 8,
			2), 0.1, Integrators.EXACT), CurrentInput.perNeuron(in), grid, Recording.of(0, 2).every(7),
			ProgressMonitor.NONE);
		for (final int threads : new int[] { 1, 3 }) {
			final Network net = new Network();
			net.add(new LifNetworkPopulation("E", LifParameters.uniform(3, -70, -65, -50, 10, 8, 2), current.clone()));
			final NetworkResult r = NetworkSimulation.run(net, 200, 0.1, threads, 1, Recording.of(0, 2).every(7),
				ProgressMonitor.NONE);
			final TraceRecord a = one.traces(), b = r.traces();
			assertEquals(286, b.time().length, "ceil(2000 / 7) samples");
			assertArrayEquals(a.time(), b.time(), 0);
			for (int slot = 0; slot < 2; slot++) {
				assertArrayEquals(a.voltage(slot), b.voltage(slot), 0, "V of slot " + slot);
				assertArrayEquals(a.current(slot), b.current(slot), 0, "input of slot " + slot);
			}
			assertTrue(one.spikes().timesOf(2).length > 10);
		}
	}
}

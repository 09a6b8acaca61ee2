package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * {@code recordEvery} in every single-neuron command (declared once in
 * {@link SingleNeuronCommand}): the traces of a run recorded every k steps are
 * exactly every k-th sample of the same run recorded every step, and the
 * spikes are the same. (LIF: {@link LifRecordingTest}.)
 */
class RecordEveryTest {

	/** Not a divisor of any default run's step count, so the last partial stride is exercised too. */
	private static final int K = 7;

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static Module run(final Class<? extends Command> command, final int every) {
		final Map<String, Object> in = new HashMap<>();
		in.put("recordEvery", every);
		final Module m = Commands.run(context, command, in);
		assertNull(Commands.cancelReason(m), command.getSimpleName());
		return m;
	}

	/** Runs {@code command} with its defaults at recordEvery 1 and K and compares {@code traces} and spikes. */
	private static void assertDecimatesExactly(final Class<? extends Command> command, final String... traces) {
		final Module full = run(command, 1), sparse = run(command, K);
		final int steps = ((double[]) full.getOutput("time")).length;
		assertTrue(steps > 10 * K, command.getSimpleName() + " runs " + steps + " steps");
		for (final String name : traces) {
			final double[] all = (double[]) full.getOutput(name), kept = (double[]) sparse.getOutput(name);
			assertEquals((steps + K - 1) / K, kept.length, name + ": one sample every " + K + " steps");
			for (int j = 0; j < kept.length; j++)
				assertEquals(all[K * j], kept[j], 0.0, name + "[" + j + "]");
		}
		assertArrayEquals((double[]) full.getOutput("spikeTimes"), (double[]) sparse.getOutput("spikeTimes"), 0.0,
			"spikes are exact whatever recordEvery");
		assertTrue((int) full.getOutput("spikeCount") > 0, "the default run spikes");
		assertEquals((double) full.getOutput("firingRate"), (double) sparse.getOutput("firingRate"), 0.0);
		assertEquals((steps + K - 1) / K, ((ij.measure.ResultsTable) sparse.getOutput("traceTable")).size());
	}

	@Test
	void hodgkinHuxleyKeepsEveryKthSample() {
		assertDecimatesExactly(HhCommand.class, "time", "voltage", "current", "m", "h", "n", "iNa", "iK", "iL");
	}

	@Test
	void izhikevichKeepsEveryKthSample() {
		assertDecimatesExactly(IzhikevichCommand.class, "time", "voltage", "current", "recovery");
	}

	@Test
	void expIfKeepsEveryKthSample() {
		assertDecimatesExactly(ExpIfCommand.class, "time", "voltage", "current");
	}

	@Test
	void adExKeepsEveryKthSample() {
		assertDecimatesExactly(AdExCommand.class, "time", "voltage", "current", "adaptation");
	}

	@Test
	void morrisLecarKeepsEveryKthSample() {
		assertDecimatesExactly(MorrisLecarCommand.class, "time", "voltage", "current", "w", "iCa", "iK", "iL");
	}

	@Test
	void equationNeuronKeepsEveryKthSample() {
		assertDecimatesExactly(EquationNeuronCommand.class, "time", "voltage", "current");
	}

	@Test
	void aLongIzhikevichRunIsRefusedUpFrontNamingDurationAndRecordEvery() {
		// 10^7 ms at dt = 0.01 ms: 10^9 steps, ~70 GB of input and v, u, I, t traces, more than any test heap
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "Custom");
		in.put("duration", 1e7);
		in.put("dt", 0.01);
		final long start = System.nanoTime();
		final String reason = Commands.cancelReason(Commands.run(context, IzhikevichCommand.class, in));
		assertNotNull(reason, "refused");
		assertTrue(reason.contains("memory") && reason.contains("duration") && reason.contains("recordEvery"),
			reason);
		assertTrue((System.nanoTime() - start) / 1e9 < 60, "refused before running, not after");
	}
}

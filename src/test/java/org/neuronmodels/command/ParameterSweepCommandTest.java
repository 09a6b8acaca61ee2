package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.analysis.LifTheory;
import org.neuronmodels.image.Calibrated;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

import net.imglib2.RandomAccessibleInterval;

/** The Parameter Sweep command through a real headless SciJava context. */
class ParameterSweepCommandTest {

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

	private static Module run(final Map<String, Object> in) {
		return Commands.run(context, ParameterSweepCommand.class, in);
	}

	/** A 1-D f-I sweep: constant current 0 … 5 nA in 11 steps, 1 s, LIF defaults (R 10 MΩ, τ 8 ms, t_ref 2 ms). */
	private static Map<String, Object> fi() {
		final Map<String, Object> in = new HashMap<>();
		in.put("parameter1", "amplitude");
		in.put("values1", "0, 5, 11");
		in.put("parameter2", "");
		in.put("fixedInputs", "stimulus=\"Constant\", duration=1000");
		return in;
	}

	@Test
	void aOneDimensionalSweepGivesATableAChartAndTracesButNoHeatmap() {
		final Module m = run(fi());
		assertNull(Commands.cancelReason(m));
		final ResultsTable t = (ResultsTable) m.getOutput("table");
		assertEquals(11, t.size());
		assertEquals(11, (int) m.getOutput("points"));
		final double[] rates = (double[]) m.getOutput("measureValues");
		for (int i = 0; i < 11; i++) {
			final double current = 0.5 * i;
			assertEquals(current, t.getValue("amplitude (nA)", i), 1e-12);
			assertEquals(rates[i], t.getValue("firingRate (Hz)", i), 0.0);
			if (i > 0) assertTrue(rates[i] >= rates[i - 1], "rates rise with the current");
			// Closed form (LifTheory.rate): 0 up to the rheobase (V_th − V_rest)/R = 2 nA, then 1000/T; the
			// simulated intervals are T rounded up to a step and the first starts from rest: within 3 %.
			final double theory = LifTheory.rate(-70, -65, -50, 10, 8, 2, current);
			if (current <= 2) assertEquals(0, rates[i], 0.0, "I = " + current);
			else assertEquals(theory, rates[i], 0.03 * theory, "I = " + current);
		}
		assertTrue(m.getOutput("chart") instanceof JFreeChart);
		assertTrue(m.getOutput("traceChart") instanceof JFreeChart);
		assertNull(m.getOutput("heatmap"));
		assertEquals("vectorised LIF population", m.getOutput("method"));
	}

	@Test
	void aTwoDimensionalSweepGivesAHeatmapCalibratedInTheSweptUnits() {
		final Map<String, Object> in = new HashMap<>();
		in.put("parameter1", "amplitude");
		in.put("values1", "1, 4, 7");
		in.put("parameter2", "tRef");
		in.put("values2", "0, 4, 3");
		final Module m = run(in);
		assertNull(Commands.cancelReason(m));
		final Object img = m.getOutput("heatmap");
		final RandomAccessibleInterval<?> rai = (RandomAccessibleInterval<?>) img;
		assertEquals(7, rai.dimension(0));
		assertEquals(3, rai.dimension(1));
		final Calibrated c = (Calibrated) img;
		assertArrayEquals(new String[] { "amplitude", "tRef" }, c.axisNames());
		assertArrayEquals(new String[] { "nA", "ms" }, c.axisUnits());
		assertArrayEquals(new double[] { 0.5, 2 }, c.axisScales(), 1e-12); // (4 − 1)/6, (4 − 0)/2
		assertArrayEquals(new double[] { 1, 0 }, c.axisOrigins(), 0.0);
		assertEquals("firingRate (Hz)", c.valueMeaning());
		assertEquals(21, ((ResultsTable) m.getOutput("table")).size());
	}

	@Test
	void aLogAxisIsCalibratedInLog10UnitsAndSaysSo() {
		final Map<String, Object> in = new HashMap<>();
		in.put("values1", "1, 100, 3, Log"); // tauM: 1, 10, 100 ms
		in.put("parameter2", "amplitude");
		in.put("values2", "2, 4, 2");
		in.put("fixedInputs", "dt=0.05");
		final Module m = run(in);
		assertNull(Commands.cancelReason(m));
		final Calibrated c = (Calibrated) m.getOutput("heatmap");
		assertEquals("log10(tauM)", c.axisNames()[0]);
		assertEquals("log10(ms)", c.axisUnits()[0]);
		assertEquals(0, c.axisOrigins()[0], 0.0); // log10(1)
		assertEquals(1, c.axisScales()[0], 1e-12); // one decade per pixel
	}

	@Test
	void perPointRunsGiveTheSameNumbersAsThePopulationWhateverTheThreads() {
		final Map<String, Object> in = new HashMap<>();
		in.put("values1", "4, 16, 3, Log");
		in.put("parameter2", "amplitude");
		in.put("values2", "2, 4, 2");
		in.put("fixedInputs", "duration=300, stimStop=250");
		final double[] population = (double[]) run(in).getOutput("measureValues");
		in.put("vectorize", false);
		in.put("threads", 1);
		final Module one = run(in);
		assertEquals("one command run per point", one.getOutput("method"));
		in.put("threads", 2);
		final Module two = run(in);
		assertArrayEquals(population, (double[]) one.getOutput("measureValues"), 0.0);
		assertArrayEquals(population, (double[]) two.getOutput("measureValues"), 0.0);
		final ResultsTable a = (ResultsTable) one.getOutput("table");
		final ResultsTable b = (ResultsTable) two.getOutput("table");
		assertArrayEquals(a.getColumn("spikeCount"), b.getColumn("spikeCount"), 0.0);
		assertNotNull(two.getOutput("traceChart"));
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			Arguments.of("parameter1", "tauMm", "parameter1"), // unknown input
			Arguments.of("parameter1", "stimulus", "parameter1"), // not numeric
			Arguments.of("measure", "voltage", "measure"), // an array, not a scalar output
			Arguments.of("measure", "rate", "measure"), // unknown output
			Arguments.of("values1", "5, 50, 0, Log", "values1"), // steps < 1
			Arguments.of("values1", "0, 50, 5, Log", "values1"), // log with min ≤ 0
			Arguments.of("values1", "0, 50, 5", "values1"), // tauM = 0 is outside the input's range
			Arguments.of("values2", "1, 4, 2.5", "values2"), // steps not whole
			Arguments.of("fixedInputs", "tauMm=5", "fixedInputs"), // unknown input
			Arguments.of("fixedInputs", "tauM=5", "fixedInputs"), // swept and fixed
			Arguments.of("command", "Leaky", "command"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedNamingTheField(final String name, final Object value, final String field) {
		final Map<String, Object> in = new HashMap<>();
		in.put(name, value);
		final Module m = run(in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, name + " = " + value + " should be refused");
		assertTrue(reason.startsWith(field), reason);
		assertNull(m.getOutput("table"));
	}
}

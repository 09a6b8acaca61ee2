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
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.image.Calibrated;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

import net.imglib2.RandomAccessibleInterval;

/** The LIF command through a real headless SciJava context. */
class LifCommandTest {

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

	/** The classic tutorial inputs: E_L -70, V_th -55, V_reset -75 mV, R 10 MΩ, τ 10 ms, no refractory period. */
	private static Map<String, Object> tutorial() {
		final Map<String, Object> in = new HashMap<>();
		in.put("vRest", -70.0);
		in.put("vThreshold", -55.0);
		in.put("vReset", -75.0);
		in.put("resistance", 10.0);
		in.put("tauM", 10.0);
		in.put("tRef", 0.0);
		in.put("dt", 0.1);
		in.put("duration", 500.0);
		in.put("integrator", "Exact");
		in.put("stimulus", "Step");
		in.put("amplitude", 1.55);
		in.put("stimStart", 100.0);
		in.put("stimStop", 400.0);
		return in;
	}

	@Test
	void classicTutorialGivesEightSpikesAt26Point67Hz() {
		final Module m = Commands.run(context, LifCommand.class, tutorial());
		assertNull(Commands.cancelReason(m));
		assertEquals(8, m.getOutput("spikeCount"));
		assertEquals(8 / 0.3, (double) m.getOutput("firingRate"), 1e-9);
	}

	@Test
	void outputsArePresentAndEqualTheCoreResult() {
		final Module m = Commands.run(context, LifCommand.class, tutorial());
		final SimulationResult core = LifSimulation.run(LifParameters.uniform(1, -70, -75, -55, 10, 10, 0),
			Integrators.EXACT, 0.1, 500, Stimuli.step(1.55, 100, 400), ProgressMonitor.NONE);
		assertArrayEquals(core.traces().voltage(0), (double[]) m.getOutput("voltage"), 0.0);
		assertArrayEquals(core.traces().current(0), (double[]) m.getOutput("current"), 0.0);
		assertArrayEquals(core.traces().time(), (double[]) m.getOutput("time"), 0.0);
		assertArrayEquals(core.spikes().timesOf(0), (double[]) m.getOutput("spikeTimes"), 0.0);
		assertEquals(5000, ((double[]) m.getOutput("time")).length);
		assertTrue(m.getOutput("chart") instanceof JFreeChart);
		final Object raster = m.getOutput("raster");
		assertTrue(raster instanceof RandomAccessibleInterval && raster instanceof Calibrated);
		final RandomAccessibleInterval<?> img = (RandomAccessibleInterval<?>) raster;
		assertEquals(500, img.dimension(0), "1 ms bins over 500 ms");
		assertEquals(1, img.dimension(1), "one neuron");
		final ResultsTable spikes = (ResultsTable) m.getOutput("spikeTable");
		assertEquals(8, spikes.size());
		assertEquals(core.spikes().time(0), spikes.getValue("Time (ms)", 0), 0.0);
		final ResultsTable trace = (ResultsTable) m.getOutput("traceTable");
		assertEquals(5000, trace.size());
		assertEquals(core.traces().voltage(0)[1234], trace.getValue("V (mV)", 1234), 0.0);
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			Arguments.of("dt", 0.0, "dt"), //
			Arguments.of("dt", -0.1, "dt"), //
			Arguments.of("duration", 0.05, "duration"), //
			Arguments.of("tauM", 0.0, "tauM"), //
			Arguments.of("tauM", -5.0, "tauM"), //
			Arguments.of("amplitude", Double.NaN, "amplitude"), //
			Arguments.of("amplitude", Double.POSITIVE_INFINITY, "amplitude"), //
			Arguments.of("stimStop", 50.0, "stimStop"), //
			Arguments.of("duration", 1e12, "duration"), //
			Arguments.of("stimulus", "Sawtooth", "stimulus"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedWithAMessageNamingTheParameter(final String name, final Object value,
		final String expected)
	{
		final Map<String, Object> in = tutorial();
		in.put(name, value);
		final Module m = Commands.run(context, LifCommand.class, in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, name + " = " + value + " should be refused");
		assertTrue(reason.contains(expected), reason);
		assertNull(m.getOutput("chart"), "no output after a refused run");
	}
}

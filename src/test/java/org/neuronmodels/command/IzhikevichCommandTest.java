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

import net.imglib2.RandomAccessibleInterval;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.izhikevich.IzhikevichIntegration;
import org.neuronmodels.core.izhikevich.IzhikevichPresets;
import org.neuronmodels.core.izhikevich.IzhikevichSimulation;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/** The Izhikevich command through a real headless SciJava context. */
class IzhikevichCommandTest {

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

	private static Map<String, Object> inputs(final String preset) {
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", preset);
		return in;
	}

	@Test
	void tonicSpikingOutputsEqualTheCoreRun() {
		final Module m = Commands.run(context, IzhikevichCommand.class, inputs("(A) tonic spiking"));
		assertNull(Commands.cancelReason(m));
		final SimulationResult core = IzhikevichSimulation.run(IzhikevichPresets.byLabel("(A) tonic spiking"),
			IzhikevichIntegration.PUBLISHED, 0, ProgressMonitor.NONE);
		assertArrayEquals(core.spikes().timesOf(0), (double[]) m.getOutput("spikeTimes"), 0.0);
		assertEquals(core.spikes().count(), m.getOutput("spikeCount"));
		assertEquals(core.spikes().count() / 0.1, (double) m.getOutput("firingRate"), 1e-9, "spikes per 100 ms");
		assertArrayEquals(core.traces().voltage(0), (double[]) m.getOutput("voltage"), 0.0);
		assertArrayEquals(core.traces().values("u", 0), (double[]) m.getOutput("recovery"), 0.0);
		assertArrayEquals(core.traces().current(0), (double[]) m.getOutput("current"), 0.0);
		assertEquals(400, ((double[]) m.getOutput("time")).length, "100 ms at tau = 0.25 ms");
		assertTrue(m.getOutput("chart") instanceof JFreeChart);
		assertTrue(m.getOutput("phasePlane") instanceof JFreeChart);
		assertEquals(100, ((RandomAccessibleInterval<?>) m.getOutput("raster")).dimension(0));
		final ResultsTable trace = (ResultsTable) m.getOutput("traceTable");
		assertEquals(400, trace.size());
		assertTrue(trace.columnExists("u (pA-like units of Izhikevich 2004)"), trace.getColumnHeadings());
		assertEquals(core.spikes().count(), ((ResultsTable) m.getOutput("spikeTable")).size());
	}

	@Test
	void theVoltageShowsThe30MvPeakAtEachSpikeSample() {
		final Module m = Commands.run(context, IzhikevichCommand.class, inputs("(C) tonic bursting"));
		final double[] t = (double[]) m.getOutput("time"), v = (double[]) m.getOutput("voltage");
		for (final double s : (double[]) m.getOutput("spikeTimes")) {
			final int k = (int) Math.round(s / 0.25);
			if (k < t.length) assertEquals(30, v[k], 0.0, "t = " + s);
		}
	}

	@Test
	void phasePlaneHasBothNullclinesAtTheRestingAndStimulusCurrents() {
		final Module m = Commands.run(context, IzhikevichCommand.class, inputs("(A) tonic spiking"));
		final XYDataset data = ((XYPlot) ((JFreeChart) m.getOutput("phasePlane")).getPlot()).getDataset();
		assertEquals(4, data.getSeriesCount(), "v-nullclines at I = 0 and 14, u-nullcline, trajectory");
		assertEquals("v-nullcline, I = 14", data.getSeriesKey(1));
		// u = 0.04v² + 5v + 140 + I on the v-nullcline; u = 0.2v on the u-nullcline
		final double v = data.getXValue(1, 100);
		assertEquals(0.04 * v * v + 5 * v + 140 + 14, data.getYValue(1, 100), 1e-9);
		assertEquals("u-nullcline", data.getSeriesKey(2));
		assertEquals(0.2 * data.getXValue(2, 1), data.getYValue(2, 1), 1e-9);
	}

	@Test
	void customWithTheSameProtocolReproducesTonicSpiking() {
		// (A): a, b, c, d = 0.02, 0.2, −65, 6, V0 = −70, tau 0.25, 100 ms, I = 14 for t > 10 ms, i.e. from the
		// grid sample 10.25 ms on: a Step from 10.25 to 100 ms gives the same samples.
		final Map<String, Object> in = inputs("Custom");
		in.put("a", 0.02);
		in.put("b", 0.2);
		in.put("c", -65.0);
		in.put("d", 6.0);
		in.put("vInit", -70.0);
		in.put("duration", 100.0);
		in.put("stimulus", "Step");
		in.put("amplitude", 14.0);
		in.put("stimStart", 10.25);
		in.put("stimStop", 100.0);
		final Module custom = Commands.run(context, IzhikevichCommand.class, in);
		assertNull(Commands.cancelReason(custom));
		final Module a = Commands.run(context, IzhikevichCommand.class, inputs("(A) tonic spiking"));
		assertArrayEquals((double[]) a.getOutput("spikeTimes"), (double[]) custom.getOutput("spikeTimes"), 0.0);
		assertArrayEquals((double[]) a.getOutput("voltage"), (double[]) custom.getOutput("voltage"), 0.0);
	}

	@Test
	void consistentIntegrationAndAnOwnTimeStepAreUsed() {
		final Map<String, Object> in = inputs("(B) phasic spiking");
		in.put("integration", "Consistent");
		in.put("dt", 0.1);
		final Module m = Commands.run(context, IzhikevichCommand.class, in);
		assertNull(Commands.cancelReason(m));
		assertEquals(2000, ((double[]) m.getOutput("time")).length, "200 ms at 0.1 ms");
		assertEquals(1, m.getOutput("spikeCount"), "phasic spiking fires once");
	}

	@Test
	void amplitudeAndOffsetAreLabelledInIzhikevichUnitsAndThePresetChoicesAreTheCatalogue() {
		final CommandInfo info = context.service(CommandService.class).getCommand(IzhikevichCommand.class);
		final Module m = context.service(ModuleService.class).createModule(info);
		assertEquals("Amplitude (pA-like units of Izhikevich 2004)", m.getInfo().getInput("amplitude").getLabel());
		assertEquals("Offset (pA-like units of Izhikevich 2004)", m.getInfo().getInput("offset").getLabel());
		assertArrayEquals(IzhikevichPresets.labels(), info.getInput("preset").getChoices().toArray());
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			Arguments.of("(A) tonic spiking", "preset", "(Z) unknown", "preset"), //
			Arguments.of("(A) tonic spiking", "integration", "Magic", "integration"), //
			Arguments.of("(A) tonic spiking", "dt", -0.1, "dt"), //
			Arguments.of("(A) tonic spiking", "dt", 50.0, "dt"), //
			Arguments.of("Custom", "dt", -0.1, "dt"), //
			Arguments.of("Custom", "c", 40.0, "c"), //
			Arguments.of("Custom", "a", Double.NaN, "a"), //
			Arguments.of("Custom", "vInit", 35.0, "vInit"), //
			Arguments.of("Custom", "amplitude", Double.POSITIVE_INFINITY, "amplitude"), //
			Arguments.of("Custom", "stimStop", 500.0, "stimStop"), //
			Arguments.of("Custom", "duration", 0.0, "duration"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedWithAMessageNamingTheParameter(final String preset, final String name, final Object value,
		final String expected)
	{
		final Map<String, Object> in = inputs(preset);
		in.put(name, value);
		final Module m = Commands.run(context, IzhikevichCommand.class, in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, name + " = " + value + " should be refused");
		assertTrue(reason.startsWith(expected + " ") || reason.contains(expected + " ="), reason);
		assertNull(m.getOutput("chart"), "no output after a refused run");
	}
}

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
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.hh.HhConvention;
import org.neuronmodels.core.hh.HhParameters;
import org.neuronmodels.core.hh.HhSimulation;
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
import org.scijava.module.ModuleService;

/** The Hodgkin-Huxley command through a real headless SciJava context. */
class HhCommandTest {

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

	private static Module run(final Map<String, Object> inputs) {
		return Commands.run(context, HhCommand.class, inputs);
	}

	/**
	 * The defaults: modern convention, 10 µA/cm² from 10 to 90 ms, 100 ms, RK4 at
	 * dt 0.01. NEURON CVODE (src/test/python/neuron_hh_reference.py) crosses 0 mV
	 * at 11.90064, 26.80748, 41.44261, 56.06567, 70.68784, 85.30994 ms: 6 spikes in
	 * the 80 ms window, 75 Hz. The command stamps each spike at the first grid time
	 * after its crossing, so within [t, t + dt] (± 1e-4 ms).
	 */
	@Test
	void defaultsFireSixSpikesAsNeuron() {
		final Module m = run(new HashMap<>());
		assertNull(Commands.cancelReason(m));
		assertEquals(6, m.getOutput("spikeCount"));
		assertEquals(75, (double) m.getOutput("firingRate"), 1e-9);
		final double[] neuron = { 11.90064, 26.80748, 41.44261, 56.06567, 70.68784, 85.30994 };
		final double[] times = (double[]) m.getOutput("spikeTimes");
		for (int s = 0; s < neuron.length; s++)
			assertEquals(neuron[s] + 0.005, times[s], 0.005 + 1e-4, "spike " + s);
	}

	@Test
	void outputsArePresentAndEqualTheCoreResult() {
		final Map<String, Object> in = new HashMap<>();
		in.put("duration", 30.0);
		in.put("stimStart", 1.0);
		in.put("stimStop", 2.0);
		final Module m = run(in);
		final SimulationResult core = HhSimulation.run(HhParameters.standard(HhConvention.MODERN, 1),
			Integrators.RK4, 0.01, 30, Stimuli.step(10, 1, 2), ProgressMonitor.NONE);
		assertArrayEquals(core.traces().time(), (double[]) m.getOutput("time"), 0.0);
		assertArrayEquals(core.traces().voltage(0), (double[]) m.getOutput("voltage"), 0.0);
		final String[][] pairs = { { "m", "m" }, { "h", "h" }, { "n", "n" }, { "iNa", "I_Na" }, { "iK", "I_K" }, {
			"iL", "I_L" } };
		for (final String[] p : pairs)
			assertArrayEquals(core.traces().values(p[1], 0), (double[]) m.getOutput(p[0]), 0.0, p[0]);
		assertArrayEquals(core.traces().current(0), (double[]) m.getOutput("current"), 0.0);
		assertArrayEquals(core.spikes().timesOf(0), (double[]) m.getOutput("spikeTimes"), 0.0);
		assertEquals(3000, ((double[]) m.getOutput("time")).length);
		final JFreeChart chart = (JFreeChart) m.getOutput("chart");
		assertEquals(4, ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().size(),
			"input, voltage, gates, currents");
		final Object raster = m.getOutput("raster");
		assertTrue(raster instanceof RandomAccessibleInterval && raster instanceof Calibrated);
		assertEquals(30, ((RandomAccessibleInterval<?>) raster).dimension(0), "1 ms bins over 30 ms");
		final ResultsTable spikes = (ResultsTable) m.getOutput("spikeTable");
		assertEquals(1, spikes.size());
		final ResultsTable trace = (ResultsTable) m.getOutput("traceTable");
		assertEquals(3000, trace.size());
		assertEquals(core.traces().values("I_Na", 0)[321], trace.getValue("I_Na (µA/cm²)", 321), 0.0);
		assertEquals(10, trace.getValue("I (µA/cm²)", 150), 0.0);
	}

	@Test
	void labelsCarryTheModelsCurrentUnit() throws Exception {
		final ModuleService modules = context.service(ModuleService.class);
		final CommandService commands = context.service(CommandService.class);
		final Module hh = modules.createModule(commands.getCommand(HhCommand.class));
		assertEquals("Amplitude (µA/cm²)", hh.getInfo().getInput("amplitude").getLabel());
		assertEquals("Offset (µA/cm²)", hh.getInfo().getInput("offset").getLabel());
		assertTrue(hh.getInfo().getInput("amplitude").getDescription().contains("µA/cm²·√ms"));
		final Module lif = modules.createModule(commands.getCommand(LifCommand.class));
		assertEquals("Amplitude (nA)", lif.getInfo().getInput("amplitude").getLabel());
		assertEquals("Offset (nA)", lif.getInfo().getInput("offset").getLabel());
	}

	/**
	 * SciJava's DefaultValuePreprocessor replaces an unresolved input equal to 0
	 * by the item's default, or its minimum if it has none: the commands' items
	 * must keep the fields' initial values as defaults (offset stays 0, not
	 * -1000000; phase 0, not -360).
	 */
	@Test
	void unresolvedZeroInputsKeepTheirInitialValue() {
		for (final Class<? extends org.scijava.command.Command> c : java.util.Arrays.asList(HhCommand.class,
			LifCommand.class))
		{
			final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
				.getCommand(c));
			final org.scijava.module.process.DefaultValuePreprocessor defaults =
				new org.scijava.module.process.DefaultValuePreprocessor();
			context.inject(defaults);
			defaults.process(m);
			assertEquals(0.0, m.getInput("offset"), c.getSimpleName());
			assertEquals(0.0, m.getInput("phase"), c.getSimpleName());
			assertEquals(1L, m.getInput("seed"), c.getSimpleName());
		}
	}

	/** Inputs left at NaN show the convention's values once initialized (what a dialog displays). */
	@Test
	void initializationFillsTheConventionsValues() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("convention", "1952");
		in.put("eK", -10.0);
		in.put("duration", 5.0);
		in.put("stimStop", 4.0);
		in.put("stimStart", 1.0);
		final Module m = run(in);
		assertNull(Commands.cancelReason(m));
		assertEquals(115.0, m.getInput("eNa"));
		assertEquals(-10.0, m.getInput("eK"), "an explicit value wins");
		assertEquals(10.6, m.getInput("eL"));
		assertEquals(120.0, m.getInput("gNa"));
		assertEquals(0.0, m.getInput("vInit"));
		assertEquals(60.0, m.getInput("spikeThreshold"));
		assertEquals(0.0, ((double[]) m.getOutput("voltage"))[0], 0.0, "1952: starts at rest 0 mV");
		// a convention chosen in the dialog fills in all of its values
		final Module d = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(HhCommand.class));
		d.initialize();
		assertEquals(50.0, d.getInput("eNa"));
		d.setInput("eNa", 40.0);
		d.setInput("convention", "1952");
		d.getInfo().getInput("convention").callback(d);
		assertEquals(115.0, d.getInput("eNa"));
		assertEquals(-12.0, d.getInput("eK"));
		assertEquals(0.0, d.getInput("vInit"));
	}

	/** 1952 with E_L = 10.7 mV is the modern model shifted by +65 mV. */
	@Test
	void conventionsAgreeUpToTheShift() {
		final Map<String, Object> in = new HashMap<>();
		in.put("duration", 30.0);
		in.put("stimStop", 30.0);
		final double[] modern = (double[]) run(in).getOutput("voltage");
		in.put("convention", "1952");
		in.put("eL", 10.7);
		final Module m = run(in);
		final double[] old = (double[]) m.getOutput("voltage");
		for (int k = 0; k < modern.length; k++)
			assertEquals(modern[k] + 65, old[k], 1e-8);
		assertEquals(2, m.getOutput("spikeCount"), "spikes at 11.90 and 26.81 ms, detected at 60 mV");
	}

	@Test
	void sodiumBlockStopsFiring() {
		final Map<String, Object> in = new HashMap<>();
		in.put("gNa", 0.0);
		final Module m = run(in);
		assertNull(Commands.cancelReason(m));
		assertEquals(0, m.getOutput("spikeCount"), "TTX: no action potential");
	}

	@Test
	void eulerAtPointOneMsIsReportedAsBlowUp() {
		final Map<String, Object> in = new HashMap<>();
		in.put("integrator", "Euler");
		in.put("dt", 0.1);
		final Module m = run(in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason);
		assertTrue(reason.contains("dt is too large") && reason.contains("use dt ="), reason); // names a smaller dt
		assertNull(m.getOutput("chart"));
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			Arguments.of("dt", 0.0, "dt"), //
			Arguments.of("dt", 2.0, "dt"), //
			Arguments.of("duration", 0.001, "duration"), //
			Arguments.of("gNa", -1.0, "gNa"), //
			Arguments.of("capacitance", 0.0, "capacitance"), //
			Arguments.of("celsius", 80.0, "celsius"), //
			Arguments.of("eK", 300.0, "eK"), //
			Arguments.of("amplitude", Double.NaN, "amplitude"), //
			Arguments.of("convention", "1953", "convention"), //
			Arguments.of("integrator", "Heun", "integrator"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedWithAMessageNamingTheParameter(final String name, final Object value,
		final String expected)
	{
		final Map<String, Object> in = new HashMap<>();
		in.put(name, value);
		final Module m = run(in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, name + " = " + value + " should be refused");
		assertTrue(reason.contains(expected), reason);
		assertNull(m.getOutput("chart"), "no output after a refused run");
	}
}

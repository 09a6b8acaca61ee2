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
import org.neuronmodels.core.expif.ExpIfParameters;
import org.neuronmodels.core.expif.ExpIfSimulation;
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

/** The exponential integrate-and-fire command through a real headless SciJava context. */
class ExpIfCommandTest {

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

	/**
	 * The spike times of neurodynex3's getting_started (step 0.8 nA from 20 to 120 ms, 180 ms, dt 0.05 ms,
	 * defaults τ 12 ms, R 20 MΩ, u_rest −65, v_reset −60, ϑ_rh −55, Δ_T 2, v_spike −30 mV), by a plain
	 * forward-Euler loop written here independently of the code (input sample k on for 400 ≤ k < 2400).
	 */
	private static double[] referenceSpikeTimes() {
		final double dt = 0.05;
		double v = -65;
		final double[] times = new double[100];
		int n = 0;
		for (int k = 0; k < 3600; k++) {
			final double i = k >= 400 && k < 2400 ? 0.8 : 0;
			v += dt / 12 * (-(v + 65) + 2 * Math.exp((v + 55) / 2) + 20 * i);
			if (v > -30) {
				v = -60;
				times[n++] = (k + 1) * dt;
			}
		}
		return java.util.Arrays.copyOf(times, n);
	}

	@Test
	void defaultsReproduceTheNeurodynexExercise() {
		final Module m = Commands.run(context, ExpIfCommand.class, new HashMap<>());
		assertNull(Commands.cancelReason(m));
		final double[] expected = referenceSpikeTimes();
		assertTrue(expected.length > 3);
		assertArrayEquals(expected, (double[]) m.getOutput("spikeTimes"), 1e-9);
		assertEquals(expected.length, m.getOutput("spikeCount"));
		assertEquals(expected.length / 0.1, (double) m.getOutput("firingRate"), 1e-9, "spikes per 100 ms of step");
	}

	@Test
	void outputsArePresentAndEqualTheCoreResult() {
		final Map<String, Object> in = new HashMap<>();
		in.put("integrator", "Heun");
		in.put("tRef", 1.0);
		final Module m = Commands.run(context, ExpIfCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final SimulationResult core = ExpIfSimulation.run(ExpIfParameters.uniform(1, 12, 20, -65, -60, -55, 2, -30, 1),
			Integrators.HEUN, 0.05, 180, Stimuli.step(0.8, 20, 120), ProgressMonitor.NONE);
		assertArrayEquals(core.traces().voltage(0), (double[]) m.getOutput("voltage"), 0.0);
		assertArrayEquals(core.traces().current(0), (double[]) m.getOutput("current"), 0.0);
		assertArrayEquals(core.traces().time(), (double[]) m.getOutput("time"), 0.0);
		assertArrayEquals(core.spikes().timesOf(0), (double[]) m.getOutput("spikeTimes"), 0.0);
		final JFreeChart chart = (JFreeChart) m.getOutput("chart");
		assertEquals(2, ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().size(), "current above voltage");
		final Object raster = m.getOutput("raster");
		assertTrue(raster instanceof RandomAccessibleInterval && raster instanceof Calibrated);
		assertEquals(180, ((RandomAccessibleInterval<?>) raster).dimension(0));
		final ResultsTable spikes = (ResultsTable) m.getOutput("spikeTable");
		assertEquals(core.spikes().count(), spikes.size());
		final ResultsTable trace = (ResultsTable) m.getOutput("traceTable");
		assertEquals(3600, trace.size());
		assertEquals(core.traces().voltage(0)[1234], trace.getValue("V (mV)", 1234), 0.0);
		assertEquals(0.8, trace.getValue("I (nA)", 1234), 0.0);
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			Arguments.of("deltaT", 0.0, "deltaT"), //
			Arguments.of("tauM", 0.0, "tauM"), //
			Arguments.of("vSpike", -60.0, "vSpike"), //
			Arguments.of("vReset", -20.0, "vReset"), //
			Arguments.of("dt", 13.0, "dt"), //
			Arguments.of("tRef", -1.0, "tRef"), //
			Arguments.of("integrator", "RK4", "integrator"), //
			Arguments.of("amplitude", Double.NaN, "amplitude"), //
			Arguments.of("stimStop", 500.0, "stimStop"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedWithAMessageNamingTheParameter(final String name, final Object value,
		final String expected)
	{
		final Map<String, Object> in = new HashMap<>();
		in.put(name, value);
		final Module m = Commands.run(context, ExpIfCommand.class, in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, name + " = " + value + " should be refused");
		assertTrue(reason.contains(expected), reason);
		assertNull(m.getOutput("chart"), "no output after a refused run");
	}
}

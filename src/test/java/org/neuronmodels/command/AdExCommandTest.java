package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.adex.AdExPreset;
import org.neuronmodels.core.adex.AdExSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The AdEx command through a real headless SciJava context. */
class AdExCommandTest {

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

	@Test
	void defaultsReproduceTheNeurodynexExercise() {
		// neurodynex3 AdEx getting_started: step 65 pA from 10 ms on, 400 ms, dt 0.01 ms, defaults τ_m 5 ms,
		// R 500 MΩ, u_rest −70, v_reset −51, ϑ_rh −50, Δ_T 2 mV, a 0.5 nS, τ_w 100 ms, b 7 pA, v_spike −30 mV.
		// A plain Euler loop written here (R·w in mV with w in pA: 500 MΩ × 1 pA = 0.5 mV).
		final double dt = 0.01;
		double v = -70, wPa = 0;
		final List<Double> expected = new ArrayList<>();
		final double[] wTrace = new double[40_000];
		for (int k = 0; k < 40_000; k++) {
			wTrace[k] = wPa / 1000;
			final double iPa = k >= 1000 && k < 25_000 ? 65 : 0;
			final double dv = dt / 5 * (-(v + 70) + 2 * Math.exp((v + 50) / 2) - 0.5 * wPa + 0.5 * iPa);
			final double dw = dt / 100 * (0.5 * (v + 70) - wPa);
			v += dv;
			wPa += dw;
			if (v > -30) {
				v = -51;
				wPa += 7;
				expected.add((k + 1) * dt);
			}
		}
		final Module m = Commands.run(context, AdExCommand.class, new HashMap<>());
		assertNull(Commands.cancelReason(m));
		final double[] spikes = (double[]) m.getOutput("spikeTimes");
		assertEquals(expected.size(), spikes.length);
		assertTrue(spikes.length > 5, "initial burst then regular firing");
		for (int k = 0; k < spikes.length; k++)
			assertEquals(expected.get(k), spikes[k], 1e-9);
		assertArrayEquals(wTrace, (double[]) m.getOutput("adaptation"), 1e-9);
		assertEquals(spikes.length / 0.24, (double) m.getOutput("firingRate"), 1e-9, "spikes per 240 ms of step");
	}

	@Test
	void presetReplacesParametersAndAmplitude() {
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "Tonic");
		in.put("tauM", 99.0); // ignored: the preset wins
		final Module m = Commands.run(context, AdExCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final SimulationResult core = AdExSimulation.run(AdExPreset.TONIC.parameters(1, -30), Integrators.EULER,
			0.01, 400, Stimuli.step(0.5, 10, 250), ProgressMonitor.NONE);
		assertArrayEquals(core.spikes().timesOf(0), (double[]) m.getOutput("spikeTimes"), 0.0);
		assertArrayEquals(core.traces().values("w", 0), (double[]) m.getOutput("adaptation"), 0.0);
		assertEquals(0.5, ((double[]) m.getOutput("current"))[2000], 0.0, "500 pA step of Fig. 4a");
		final JFreeChart chart = (JFreeChart) m.getOutput("chart");
		assertEquals(3, ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().size(), "I, V and w panels");
		final ResultsTable trace = (ResultsTable) m.getOutput("traceTable");
		assertEquals(core.traces().values("w", 0)[3000], trace.getValue("w (nA)", 3000), 0.0);
	}

	@Test
	void presetChoicesAreThePresets() {
		final CommandInfo info = context.service(CommandService.class).getCommand(AdExCommand.class);
		final List<String> choices = new ArrayList<>();
		choices.add(AdExPreset.CUSTOM);
		for (final AdExPreset p : AdExPreset.values())
			choices.add(p.label());
		assertEquals(choices, info.getInput("preset").getChoices());
	}

	@Test
	void choosingAPresetInTheDialogFillsTheFields() throws Exception {
		// what the dialog does when the preset widget changes: set the value, then call the item's callback
		final CommandInfo info = context.service(CommandService.class).getCommand(AdExCommand.class);
		final Module m = context.service(org.scijava.module.ModuleService.class).createModule(info);
		m.setInput("preset", "Adapting");
		info.getInput("preset").callback(m);
		assertEquals(200.0 / 12, (double) m.getInput("tauM"), 1e-12, "C/g_L = 200 pF / 12 nS");
		assertEquals(1000.0 / 12, (double) m.getInput("resistance"), 1e-12, "1/g_L = 1/(12 nS)");
		assertEquals(60.0, (double) m.getInput("b"), 0.0, "b in pA in the dialog");
		assertEquals(0.5, (double) m.getInput("amplitude"), 0.0, "the published 500 pA step, in nA");
	}

	static Stream<Arguments> badInputs() {
		return Stream.of( //
			Arguments.of("preset", "Chattering", "preset"), //
			Arguments.of("a", Double.NaN, "a = NaN nS"), //
			Arguments.of("b", Double.POSITIVE_INFINITY, "b = Infinity pA"), //
			Arguments.of("tauW", 0.0, "tauW"), //
			Arguments.of("deltaT", -2.0, "deltaT"), //
			Arguments.of("dt", 6.0, "dt"), //
			Arguments.of("vReset", -20.0, "vReset"), //
			Arguments.of("vSpike", -55.0, "vSpike"), //
			Arguments.of("integrator", "RK4", "integrator"), //
			Arguments.of("stimStart", -1.0, "stimStart"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void badInputIsRefusedWithAMessageNamingTheParameter(final String name, final Object value,
		final String expected)
	{
		final Map<String, Object> in = new HashMap<>();
		in.put(name, value);
		final Module m = Commands.run(context, AdExCommand.class, in);
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, name + " = " + value + " should be refused");
		assertTrue(reason.contains(expected), reason);
		assertNull(m.getOutput("chart"), "no output after a refused run");
	}
}

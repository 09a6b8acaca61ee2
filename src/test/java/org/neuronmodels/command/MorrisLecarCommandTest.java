package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.morrislecar.MorrisLecarModel;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * The Morris-Lecar command through a real headless SciJava context. Reference
 * numbers from {@code /usr/bin/python3 src/test/resources/morrislecar/morris_lecar_scipy.py}
 * (full output in {@code core.morrislecar.MorrisLecarReferenceTest}): rest at
 * I = 0 −59.473998 mV (Type I) and −60.855382 mV (Type II); steady rates 17.0586
 * Hz (Type I, 60 µA/cm²) and 10.3440 Hz (Type II, 92 µA/cm², on the spiking
 * orbit of the bistable range).
 */
class MorrisLecarCommandTest {

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

	private static Module run(final Object... keyValues) {
		final Map<String, Object> in = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2)
			in.put((String) keyValues[i], keyValues[i + 1]);
		return Commands.run(context, MorrisLecarCommand.class, in);
	}

	/** The rate from the last interspike interval, Hz. */
	private static double lastIntervalRate(final double[] spikes) {
		return 1000 / (spikes[spikes.length - 1] - spikes[spikes.length - 2]);
	}

	/** Defaults: Type I, 60 µA/cm² from 100 to 900 ms, from the rest at zero current; traces, w, currents, phase plane. */
	@Test
	void defaultsFireTypeIAtTheScipyRate() {
		final Module m = run();
		assertNull(Commands.cancelReason(m));
		final double[] v = (double[]) m.getOutput("voltage"), w = (double[]) m.getOutput("w");
		assertEquals(-59.473998, v[0], 1e-6);
		assertEquals(20000, v.length);
		assertEquals(v.length, w.length);
		assertEquals(v.length, ((double[]) m.getOutput("iCa")).length);
		final double[] spikes = (double[]) m.getOutput("spikeTimes");
		assertTrue(spikes.length >= 12 && spikes[0] > 100 && spikes[spikes.length - 1] < 900, "spikes during the step");
		assertEquals(17.0586, lastIntervalRate(spikes), 0.1);
		final XYPlot plane = ((JFreeChart) m.getOutput("phasePlane")).getXYPlot();
		assertEquals(4, plane.getDataset().getSeriesCount(), "V-nullclines at 0 and 60, w-nullcline, trajectory");
		assertEquals("V-nullcline, I = 60 µA/cm²", plane.getDataset().getSeriesKey(1));
		// the current balance: C dV/dt = I − I_Ca − I_K − I_L, here at rest (I = 0)
		final double sum = ((double[]) m.getOutput("iCa"))[0] + ((double[]) m.getOutput("iK"))[0] +
			((double[]) m.getOutput("iL"))[0];
		assertEquals(0, sum, 1e-9);
	}

	/**
	 * Type II is bistable at 92 µA/cm²: from the zero-current rest (the default)
	 * the constant current puts it on the spiking orbit (10.344 Hz); started at
	 * its own rest for 92 µA/cm² it stays silent.
	 */
	@Test
	void typeIIPresetIsBistableAt92() {
		final Module fromZeroRest = run("preset", "Type II", "stimulus", "Constant", "amplitude", 92.0, "duration",
			2000.0);
		assertNull(Commands.cancelReason(fromZeroRest));
		assertEquals(-60.855382, ((double[]) fromZeroRest.getOutput("voltage"))[0], 1e-6);
		assertEquals(10.3440, lastIntervalRate((double[]) fromZeroRest.getOutput("spikeTimes")), 0.05);
		final double rest92 = MorrisLecarModel.presetCell("Type II").restPotential(92);
		final Module fromOwnRest = run("preset", "Type II", "stimulus", "Constant", "amplitude", 92.0, "duration",
			2000.0, "vInit", rest92);
		assertEquals(0, (int) (Integer) fromOwnRest.getOutput("spikeCount"));
	}

	/** Explicit values override the preset; NaN keeps the preset's. */
	@Test
	void explicitValuesOverrideThePreset() {
		// Type II with Type I's g_Ca, V3, V4, φ is Type I: the same resting potential
		final Module m = run("preset", "Type II", "gCa", 4.0, "v3", 12.0, "v4", 17.4, "phi", 1.0 / 15, "duration", 10.0,
			"stimulus", "Constant", "amplitude", 0.0);
		assertNull(Commands.cancelReason(m));
		assertEquals(-59.473998, ((double[]) m.getOutput("voltage"))[0], 1e-6);
	}

	@Test
	void badValuesStopNamingTheParameter() {
		final String v2 = Commands.cancelReason(run("v2", 0.0));
		assertTrue(v2 != null && v2.contains("v2"), v2);
		final String dt = Commands.cancelReason(run("dt", 2.0));
		assertTrue(dt != null && dt.contains("dt"), dt);
		final String integrator = Commands.cancelReason(run("integrator", "Exact"));
		assertTrue(integrator != null && integrator.contains("integrator"), integrator);
	}

	/** Parameter Sweep drives the command like any other: the rate over amplitude starts above the SNIC. */
	@Test
	void parameterSweepRunsTheCommand() {
		final Map<String, Object> in = new HashMap<>();
		in.put("command", "Morris-Lecar");
		in.put("parameter1", "amplitude");
		in.put("values1", "30, 60, 3, Linear");
		in.put("parameter2", "");
		in.put("measure", "firingRate");
		in.put("tracesPerAxis", 0);
		in.put("threads", 1);
		final Module m = Commands.run(context, ParameterSweepCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final double[] rates = (double[]) m.getOutput("measureValues");
		assertEquals(0, rates[0], "30 µA/cm² is below the saddle-node (39.96)");
		assertTrue(rates[1] > 0 && rates[2] > rates[1], "45 and 60 fire, faster at 60");
	}
}

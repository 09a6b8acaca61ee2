package org.neuronmodels.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.app.ScriptLanguages;
import org.neuronmodels.app.ScriptRunner;
import org.neuronmodels.image.Calibrated;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

import net.imglib2.RandomAccessibleInterval;

/**
 * Runs the examples in scripts/ through SciJava's real ScriptService (in a
 * context with the launcher's adapted languages) and checks their outputs
 * against the LIF closed form. Each language's test class makes one context.
 */
final class ScriptExamples {

	/** LIF command defaults (mV, MΩ) that the examples keep. */
	private static final double E_L = -70, V_RESET = -65, V_TH = -50, R = 10;

	private ScriptExamples() {}

	/** A context with the script languages, the Neuron Models service and commands. */
	static Context context() {
		System.setProperty("java.awt.headless", "true");
		return ScriptLanguages.context(ScriptService.class, CommandService.class, NeuronModelsService.class);
	}

	/** Runs scripts/{@code name} with {@code args}; fails the test if the script fails. */
	static ScriptModule run(final Context context, final String name, final String args) {
		final StringWriter out = new StringWriter();
		final StringWriter err = new StringWriter();
		return new ScriptRunner(context).run(new File("scripts", name), args, out, err);
	}

	/**
	 * The f-I example (tauM 10 ms, tRef 2 ms, constant current over the whole run): theory by
	 * the closed form written out here, simulated rates bounded by it (see LifSweepTest).
	 */
	static void checkFiCurve(final ScriptModule m, final int steps, final double duration) {
		final double[] currents = (double[]) m.getOutput("currents");
		final double[] rates = (double[]) m.getOutput("rates");
		final double[] theory = (double[]) m.getOutput("theory");
		assertEquals(steps, currents.length);
		assertEquals(steps, rates.length);
		assertEquals(2.0, ((Number) m.getOutput("rheobase")).doubleValue(), 1e-12); // (V_th − E_L)/R = 20/10 nA
		final double tau = 10, tRef = 2, dt = 0.1;
		for (int i = 0; i < steps; i++) {
			final double drive = R * currents[i] + E_L;
			if (drive <= V_TH) {
				assertEquals(0, theory[i], 0.0);
				assertEquals(0, rates[i], 0.0, "no spike at or below rheobase, I = " + currents[i]);
				continue;
			}
			final double t = tRef + tau * Math.log((drive - V_RESET) / (drive - V_TH)); // interspike interval
			final double latency = tau * Math.log((drive - E_L) / (drive - V_TH)); // first spike from rest
			assertEquals(1000 / t, theory[i], 1e-9 * theory[i], "theory at I = " + currents[i]);
			final double count = rates[i] * duration / 1000;
			assertTrue(count <= Math.floor((duration - latency) / t) + 1 + 1e-9, "I = " + currents[i] + ": " + count);
			assertTrue(count >= Math.floor((duration - latency - dt) / (t + dt)) + 1 - 1e-9, "I = " + currents[i] + ": " +
				count);
			if (i > 0) assertTrue(rates[i] >= rates[i - 1], "rates rise with the current");
		}
		assertNotNull((JFreeChart) m.getOutput("chart"));
		final ResultsTable table = (ResultsTable) m.getOutput("table");
		assertEquals(steps, table.size());
		assertEquals(theory[steps - 1], table.getValue("theory (Hz)", steps - 1), 0.0);
		assertEquals(currents[1], table.getValue("I (nA)", 1), 0.0);
	}

	/**
	 * The τ × current example (defaults: tauM 5 … 50 ms in 10 log steps, 1 … 4 nA in 7 steps, a step from
	 * 50 to 450 ms): 70 points, a calibrated 10 × 7 heatmap, rates that rise with the current and fall
	 * with τ, within the closed-form bounds.
	 */
	static void checkTauCurrentSweep(final ScriptModule m) {
		assertEquals(70, ((Number) m.getOutput("points")).intValue());
		final ResultsTable table = (ResultsTable) m.getOutput("table");
		assertEquals(70, table.size());
		final Object heatmap = m.getOutput("heatmap");
		assertEquals(10, ((RandomAccessibleInterval<?>) heatmap).dimension(0));
		assertEquals(7, ((RandomAccessibleInterval<?>) heatmap).dimension(1));
		assertEquals("log10(ms)", ((Calibrated) heatmap).axisUnits()[0]);
		assertEquals(Math.log10(5), ((Calibrated) heatmap).axisOrigins()[0], 1e-12);
		assertEquals("nA", ((Calibrated) heatmap).axisUnits()[1]);
		assertNotNull(m.getOutput("traces"));
		assertNotNull(m.getOutput("chart"));
		final double[] rates = (double[]) m.getOutput("rates");
		final double window = 400, dt = 0.1, tRef = 2;
		for (int j = 0; j < 7; j++) {
			final double current = 1 + 0.5 * j;
			for (int i = 0; i < 10; i++) {
				final double tau = 5 * Math.pow(10, i / 9.0);
				final double rate = rates[j * 10 + i];
				assertEquals(tau, table.getValue("tauM (ms)", j * 10 + i), 1e-9 * tau);
				assertEquals(rate, table.getValue("firingRate (Hz)", j * 10 + i), 0.0);
				if (i > 0) assertTrue(rate <= rates[j * 10 + i - 1], "rate falls with tauM");
				if (j > 0) assertTrue(rate >= rates[(j - 1) * 10 + i], "rate rises with the current");
				final double drive = R * current + E_L;
				if (drive <= V_TH) {
					assertEquals(0, rate, 0.0);
					continue;
				}
				final double t = tRef + tau * Math.log((drive - V_RESET) / (drive - V_TH));
				final double latency = tau * Math.log((drive - E_L) / (drive - V_TH));
				final double count = rate * window / 1000;
				assertTrue(count <= Math.floor((window - latency) / t) + 1 + 1e-9, tau + " ms, " + current + " nA");
				assertTrue(count >= Math.floor((window - latency - dt) / (t + dt)) + 1 - 1e-9, tau + " ms, " + current +
					" nA");
			}
		}
	}

	/** A script that throws fails the run instead of leaving its outputs at null. */
	static void checkFailureIsLoud(final Context context, final Path dir, final String name, final String code)
		throws IOException
	{
		final Path script = dir.resolve(name);
		Files.write(script, code.getBytes(StandardCharsets.UTF_8));
		final ScriptRunner.ScriptFailedException e = assertThrows(ScriptRunner.ScriptFailedException.class,
			() -> new ScriptRunner(context).run(script.toFile(), "", new StringWriter(), new StringWriter()));
		assertTrue(e.getMessage().contains("boom"), e.getMessage());
		assertTrue(e.getMessage().startsWith(name + " failed"), e.getMessage());
	}

	/**
	 * The Izhikevich gallery example with the phase plane of "(B) phasic spiking": the 20 behaviours of
	 * Izhikevich (2004) Fig. 1 in figure order, each spike count equal to the preset's own run, and
	 * phasic spiking firing exactly once, as the paper defines it.
	 */
	static void checkIzhikevichGallery(final ScriptModule m) {
		final String[] labels = (String[]) m.getOutput("labels");
		final int[] counts = (int[]) m.getOutput("spikeCounts");
		assertEquals(20, labels.length);
		assertEquals("(A) tonic spiking", labels[0]);
		assertEquals("(T) inhibition-induced bursting", labels[19]);
		for (int i = 0; i < 20; i++) {
			final org.neuronmodels.core.izhikevich.IzhikevichPreset p =
				org.neuronmodels.core.izhikevich.IzhikevichPresets.figure1().get(i);
			assertEquals(p.label(), labels[i]);
			assertEquals(org.neuronmodels.core.izhikevich.IzhikevichSimulation.run(p,
				org.neuronmodels.core.izhikevich.IzhikevichIntegration.PUBLISHED, 0,
				org.neuronmodels.core.sim.ProgressMonitor.NONE).spikes().timesOf(0).length, counts[i], labels[i]);
		}
		assertEquals(1, counts[1], "(B) phasic spiking fires once");
		assertEquals(20, ((ResultsTable) m.getOutput("table")).size());
		assertNotNull(m.getOutput("gallery"));
		assertNotNull(m.getOutput("trace"));
		assertNotNull(m.getOutput("phasePlane"));
	}

	/**
	 * The network example (CUBA, 1000 neurons, 200 ms, seed 1): the same spikes as the Spiking Network
	 * command with those inputs, a mean rate that is the spike count per neuron per second, a raster of
	 * 200 one-millisecond bins × 1000 neurons and one table row per neuron.
	 */
	static void checkNetworkRaster(final Context context, final ScriptModule m) {
		final int spikes = ((Number) m.getOutput("spikeCount")).intValue();
		final double rate = ((Number) m.getOutput("meanRate")).doubleValue();
		assertTrue(spikes > 0);
		assertEquals(spikes / 1000.0 / 0.2, rate, 1e-9 * rate);
		final java.util.Map<String, Object> in = new java.util.HashMap<>();
		in.put("preset", "CUBA");
		in.put("neurons", 1000);
		in.put("duration", 200.0);
		in.put("seed", 1L);
		final org.scijava.module.Module command = org.neuronmodels.testutil.Commands.run(context,
			org.neuronmodels.command.SpikingNetworkCommand.class, in);
		assertEquals(spikes, ((Number) command.getOutput("spikeCount")).intValue(), "same spikes as the command");
		assertEquals(rate, ((Number) command.getOutput("meanRate")).doubleValue(), 0.0);
		final RandomAccessibleInterval<?> raster = (RandomAccessibleInterval<?>) m.getOutput("raster");
		assertEquals(200, raster.dimension(0));
		assertEquals(1000, raster.dimension(1));
		assertEquals(1000, ((ResultsTable) m.getOutput("table")).size());
		assertNotNull(m.getOutput("rate"));
	}

	/**
	 * The fit example recovers the hidden parameters it was given (defaults:
	 * V_rest -68, V_reset -72, V_th -52 mV, R 12 MΩ, τ 9 ms, t_ref 3 ms) from a
	 * noiseless trace: exactly, but for the threshold, which the data fix only
	 * to within one step's rise (the last sample below it and the one above) (1 - a)(V∞ - V_th)/a with a = exp(-dt/τ),
	 * V∞ = V_rest + R·2.5 nA: 0.158 mV here.
	 */
	static void checkFitRecording(final ScriptModule m) {
		final double a = Math.exp(-0.1 / 9), vInf = -68 + 12 * 2.5;
		final double rise = (1 - a) * (vInf - -52) / a;
		assertEquals(-68, (double) m.getOutput("fitVRest"), 1e-6, "V_rest");
		assertEquals(-72, (double) m.getOutput("fitVReset"), 1e-6, "V_reset");
		assertEquals(12, (double) m.getOutput("fitResistance"), 1e-6, "R");
		assertEquals(9, (double) m.getOutput("fitTauM"), 1e-6, "tauM");
		assertEquals(3, (double) m.getOutput("fitTRef"), 1e-6, "tRef");
		final double th = (double) m.getOutput("fitVThreshold");
		assertEquals(-52, th, rise, "V_th within one step's rise");
		assertTrue((double) m.getOutput("fitError") < 1e-6, "fit error");
		assertNotNull(m.getOutput("chart"), "chart");
	}

	/**
	 * The equation example: with gK = 0 its equations are the AdEx command's model, so the spike times are
	 * the built-in AdEx's (neurodynex defaults, Euler, dt 0.01 ms, 65 pA from 10 to 250 ms) bit for bit; an
	 * added outward (EK = -90 mV) conductance of 2 nS can only lower the excitability: fewer spikes.
	 */
	static void checkEquationNeuron(final ScriptModule m) {
		final org.neuronmodels.core.sim.SimulationResult builtIn = org.neuronmodels.core.adex.AdExSimulation.run(
			org.neuronmodels.core.adex.AdExParameters.neurodynex(1), org.neuronmodels.core.model.Integrators.EULER,
			0.01, 400, org.neuronmodels.core.stimulus.Stimuli.step(0.065, 10, 250),
			org.neuronmodels.core.sim.ProgressMonitor.NONE);
		org.junit.jupiter.api.Assertions.assertArrayEquals(builtIn.spikes().timesOf(0), (double[]) m.getOutput(
			"spikeTimesAdEx"));
		assertEquals(builtIn.spikes().count(), ((Number) m.getOutput("spikesAdEx")).intValue());
		assertTrue(((Number) m.getOutput("spikes")).intValue() < builtIn.spikes().count(), "fewer spikes with gK");
		assertNotNull(m.getOutput("chart"), "chart");
	}
}

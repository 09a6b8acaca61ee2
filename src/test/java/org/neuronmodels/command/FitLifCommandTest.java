package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The Fit LIF to Recording command on a trace file written like the LIF command's trace table. */
class FitLifCommandTest {

	private static Context context;

	@TempDir
	Path dir;

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
		return Commands.run(context, FitLifCommand.class, in);
	}

	/** V_rest −62, V_reset −68, V_th −45 mV, R 12 MΩ, τ 15 ms, t_ref 1.5 ms; 2.2 nA from 20 to 180 of 250 ms. */
	private File recording() throws IOException {
		final SimulationResult r = LifSimulation.run(LifParameters.uniform(1, -62, -68, -45, 12, 15, 1.5),
			Integrators.EXACT, 0.1, 250, Stimuli.step(2.2, 20, 180), ProgressMonitor.NONE);
		final StringBuilder sb = new StringBuilder("Time (ms),V (mV),I (nA)\n");
		for (int k = 0; k < r.traces().time().length; k++)
			sb.append(String.format(Locale.ROOT, "%.17g,%.17g,%.17g%n", r.traces().time()[k], r.traces().voltage(0)[k],
				r.traces().current(0)[k]));
		return write(sb.toString());
	}

	private File write(final String text) throws IOException {
		final Path f = Files.createTempFile(dir, "trace", ".csv");
		Files.write(f, text.getBytes(StandardCharsets.UTF_8));
		return f.toFile();
	}

	@Test
	void recoversTheParametersFromATraceFile() throws IOException {
		final Module m = run("recordingFile", recording());
		assertNull(Commands.cancelReason(m));
		assertEquals(-62, (double) m.getOutput("vRest"), 1e-6);
		assertEquals(-68, (double) m.getOutput("vReset"), 1e-6);
		assertEquals(12, (double) m.getOutput("resistance"), 1e-6);
		assertEquals(15, (double) m.getOutput("tauM"), 1e-6);
		assertEquals(1.5, (double) m.getOutput("tRef"), 1e-9);
		// threshold within one step's rise near it: (1 − a)(V∞ − V_th)/a, V∞ = −62 + 26.4, a = exp(−0.1/15)
		final double a = Math.exp(-0.1 / 15);
		assertEquals(-45, (double) m.getOutput("vThreshold"), (1 - a) * (-62 + 26.4 + 45) / a);
		assertEquals(0, (double) m.getOutput("fitError"), 1e-6);
		assertTrue((int) m.getOutput("spikeCount") > 3);
		assertEquals(1, ((ResultsTable) m.getOutput("table")).size());
		assertNotNull(m.getOutput("chart"));
	}

	@Test
	void aStepDescriptionReplacesTheCurrentColumn() throws IOException {
		final Module m = run("recordingFile", recording(), "currentColumn", "", "amplitude", 2.2, "stimStart", 20.0,
			"stimStop", 180.0);
		assertNull(Commands.cancelReason(m));
		assertEquals(15, (double) m.getOutput("tauM"), 1e-6);
		assertEquals(12, (double) m.getOutput("resistance"), 1e-6);
	}

	@Test
	void badInputCancelsNamingTheField() throws IOException {
		final String unset = Commands.cancelReason(run()); // SciJava's own check of the required file
		assertTrue(unset != null && unset.contains("recordingFile"), unset);
		assertReason("recordingFile", run("recordingFile", new File(dir.toFile(), "missing.csv")));
		assertReason("recordingFile", run("recordingFile", write("")));
		assertReason("recordingFile", run("recordingFile", write("Time (ms),V (mV),I (nA)\n0,-70,x\n")));
		assertReason("voltageColumn", run("recordingFile", recording(), "voltageColumn", "Vm"));
		assertReason("timeColumn", run("recordingFile", write("Time (ms),V (mV),I (nA)\n0,-70,0\n1,-70,1\n")));
		assertReason("currentColumn", run("recordingFile", write(constantCurrent())));
		assertReason("stimStop", run("recordingFile", recording(), "currentColumn", "", "stimStop", 10.0));
	}

	private static String constantCurrent() {
		final StringBuilder sb = new StringBuilder("Time (ms),V (mV),I (nA)\n");
		for (int k = 0; k < 20; k++)
			sb.append(k * 0.1).append(",-70,1\n");
		return sb.toString();
	}

	static void assertReason(final String field, final Module m) {
		final String reason = Commands.cancelReason(m);
		assertNotNull(reason, "expected a cancel naming " + field);
		assertTrue(reason.startsWith(field), reason);
	}
}

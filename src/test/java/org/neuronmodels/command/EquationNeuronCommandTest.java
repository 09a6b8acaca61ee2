package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Macro;
import ij.measure.ResultsTable;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/** The Equation Neuron command through a real headless SciJava context. */
class EquationNeuronCommandTest {

	private static final String ADEX_EQUATIONS = "dv/dt = (-(v - vRest) + deltaT*exp((v - vT)/deltaT) + " +
		"R*(I - w))/tauM : volt\ndw/dt = (a*(v - vRest) - w)/tauW : amp";
	private static final String ADEX_PARAMETERS = "tauM = 5*ms, R = 500*Mohm, vRest = -70*mV, vReset = -51*mV, " +
		"vT = -50*mV, deltaT = 2*mV,\na = 0.5*nS, tauW = 100*ms, b = 7*pA, vSpike = -30*mV";

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

	private static Map<String, Object> adex() {
		final Map<String, Object> in = new HashMap<>();
		in.put("equations", ADEX_EQUATIONS);
		in.put("threshold", "v > vSpike");
		in.put("reset", "v = vReset; w += b");
		in.put("refractory", "");
		in.put("parameters", ADEX_PARAMETERS);
		in.put("initialValues", "v = vRest, w = 0*nA");
		in.put("integrator", "Euler");
		in.put("dt", 0.01);
		in.put("duration", 400.0);
		in.put("stimStart", 10.0);
		in.put("stimStop", 250.0);
		in.put("amplitude", 0.065);
		return in;
	}

	@Test
	void defaultsAreTheLifCommandBitForBit() {
		final Module eq = Commands.run(context, EquationNeuronCommand.class, new HashMap<>());
		final Module lif = Commands.run(context, LifCommand.class, new HashMap<>());
		assertNull(Commands.cancelReason(eq));
		assertTrue((Integer) lif.getOutput("spikeCount") > 3);
		assertEquals(lif.getOutput("spikeCount"), eq.getOutput("spikeCount"));
		assertArrayEquals((double[]) lif.getOutput("spikeTimes"), (double[]) eq.getOutput("spikeTimes"));
		assertArrayEquals((double[]) lif.getOutput("voltage"), (double[]) eq.getOutput("voltage"));
		assertEquals((Double) lif.getOutput("firingRate"), (Double) eq.getOutput("firingRate"));
		assertNotNull(eq.getOutput("chart"));
		assertNotNull(eq.getOutput("raster"));
		assertTrue(((String) eq.getOutput("modelSummary")).startsWith("State variables: v (mV)"));
	}

	@Test
	void adexTracesEveryStateVariable() {
		final Module m = Commands.run(context, EquationNeuronCommand.class, adex());
		assertNull(Commands.cancelReason(m));
		final ResultsTable t = (ResultsTable) m.getOutput("traceTable");
		assertTrue(t.columnExists("v (mV)") && t.columnExists("w (nA)") && t.columnExists("I (nA)"));
		assertTrue((Integer) m.getOutput("spikeCount") >= 5);
	}

	@Test
	void badInputCancelsWithTheMessageAndWritesNothing(@TempDir final Path dir) {
		final Map<String, Object> in = adex();
		in.put("equations", ADEX_EQUATIONS.replace("tauW", "tau_w"));
		final File save = dir.resolve("model.txt").toFile();
		in.put("saveModel", save);
		final Module m = Commands.run(context, EquationNeuronCommand.class, in);
		assertEquals("equations, line 2, column 29: unknown name \"tau_w\" — did you mean \"tauW\"? (not a state " +
			"variable, sub-expression, parameter or unit; define parameters as \"tau_w = value*unit\")", Commands
				.cancelReason(m));
		assertNull(m.getOutput("voltage"));
		assertNull(m.getOutput("chart"));
		assertFalse(save.exists());
	}

	@Test
	void savedModelLoadsBackToTheSameRun(@TempDir final Path dir) throws Exception {
		final Path file = dir.resolve("adex.txt");
		final Map<String, Object> in = adex();
		in.put("saveModel", file.toFile());
		final Module saved = Commands.run(context, EquationNeuronCommand.class, in);
		assertNull(Commands.cancelReason(saved));
		assertTrue(new String(Files.readAllBytes(file), "UTF-8").contains("[equations]\n" + ADEX_EQUATIONS));

		final Map<String, Object> load = new HashMap<>();
		load.put("loadModel", file.toFile());
		for (final String k : new String[] { "dt", "duration", "stimStart", "stimStop", "amplitude" })
			load.put(k, in.get(k));
		final Module loaded = Commands.run(context, EquationNeuronCommand.class, load);
		assertNull(Commands.cancelReason(loaded));
		assertArrayEquals((double[]) saved.getOutput("spikeTimes"), (double[]) loaded.getOutput("spikeTimes"));
		assertArrayEquals((double[]) saved.getOutput("voltage"), (double[]) loaded.getOutput("voltage"));
	}

	@Test
	void textInputsSurviveImageJMacroOptions() {
		// A recorded macro line: run("Equation Neuron", "equations=[…] threshold=[…] …"), one line, equations
		// separated by ";" (the recorder writes every text value in brackets, keys lower-cased by Macro.trimKey,
		// which Macro.getValue applies again when the line is replayed).
		final Map<String, Object> in = adex();
		in.put("equations", ADEX_EQUATIONS.replace("\n", "; "));
		in.put("parameters", ADEX_PARAMETERS.replace("\n", " "));
		final Map<String, String> text = new LinkedHashMap<>();
		for (final String k : new String[] { "equations", "threshold", "reset", "refractory", "parameters",
			"initialValues", "integrator" })
			text.put(k, (String) in.get(k));
		final StringBuilder options = new StringBuilder();
		for (final Map.Entry<String, String> e : text.entrySet())
			options.append(Macro.trimKey(e.getKey())).append("=[").append(e.getValue()).append("] ");
		final Map<String, Object> parsed = new HashMap<>(in);
		for (final String k : text.keySet()) {
			final String v = Macro.getValue(options.toString(), k, null);
			assertEquals(text.get(k).isEmpty() ? null : text.get(k), v == null || v.isEmpty() ? null : v, k);
			parsed.put(k, v == null ? "" : v);
		}
		final Module direct = Commands.run(context, EquationNeuronCommand.class, adex());
		final Module replayed = Commands.run(context, EquationNeuronCommand.class, parsed);
		assertNull(Commands.cancelReason(replayed));
		assertArrayEquals((double[]) direct.getOutput("spikeTimes"), (double[]) replayed.getOutput("spikeTimes"));
		assertArrayEquals((double[]) direct.getOutput("voltage"), (double[]) replayed.getOutput("voltage"));
	}
}

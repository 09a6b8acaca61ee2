package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher runs script files like commands: outputs printed and written, failures loud. */
class LauncherScriptTest {

	@TempDir
	Path tmp;

	@Test
	void aScriptsOutputsArePrintedAndWritten() throws Exception {
		final Path out = tmp.resolve("fi");
		final Launch run = Launch.run("--headless", "--run", "scripts/fi-curve.js", "steps=6, currentMax=5", "--out", out
			.toString());
		assertEquals(0, run.status, run::toString);
		// currents 0, 1, …, 5 nA; the rheobase (V_th − E_L)/R = 20 mV / 10 MΩ = 2 nA
		assertTrue(run.out.contains("currents = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]\n"), run::toString);
		assertTrue(run.out.contains("rheobase = 2.0\n"), run::toString);
		assertEquals(Arrays.asList(".neuron-models-run", "chart.png", "chart.svg", "outputs.json", "table.csv"),
			LauncherRunTest.list(out));
		final List<String> csv = Files.readAllLines(out.resolve("table.csv"), StandardCharsets.UTF_8);
		assertEquals(7, csv.size(), "header and 6 rows");
		assertTrue(csv.get(0).startsWith("I (nA),simulated (Hz),theory (Hz)"), csv.get(0));
		final String json = new String(Files.readAllBytes(out.resolve("outputs.json")), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"steps\": 6"), json);
	}

	@Test
	void aFailingScriptExitsWithOneErrorLineAndWritesNothing() throws Exception {
		final Path script = tmp.resolve("failing.js");
		Files.write(script, "#@output double x\nvar x = 1;\nthrow new Error(\"boom\");\n".getBytes(
			StandardCharsets.UTF_8));
		final Path out = tmp.resolve("none");
		final Launch run = Launch.run("--headless", "--run", script.toString(), "", "--out", out.toString());
		assertEquals(1, run.status, run::toString);
		assertEquals(1, run.errLines().length, run::toString);
		assertTrue(run.errLines()[0].startsWith(NeuronModelsLauncher.ERROR_PREFIX + "failing.js failed"), run::toString);
		assertTrue(run.errLines()[0].contains("boom"), run::toString);
		assertFalse(Files.exists(out), "nothing written");
		assertEquals("", run.out);
	}

	@Test
	void anUnknownScriptInputIsInvalidInput() {
		final Launch run = Launch.run("--run", "scripts/fi-curve.js", "stepz=3");
		assertEquals(2, run.status, run::toString);
		assertTrue(run.err.contains("unknown parameter 'stepz' (did you mean 'steps'?)"), run::toString);
	}

	@Test
	void theProjectRegistersNoScriptLanguageOutsideTheLauncher() {
		// Fiji has its own languages: the plugin index of the jar must not add any.
		final java.util.List<org.scijava.plugin.PluginInfo<?>> plugins = new java.util.ArrayList<>();
		new org.scijava.plugin.DefaultPluginFinder().findPlugins(plugins);
		for (final org.scijava.plugin.PluginInfo<?> info : plugins) {
			assertFalse(info.getPluginType() == org.scijava.script.ScriptLanguage.class && info.getClassName().startsWith(
				"org.neuronmodels."), info.getClassName());
		}
		// a plain context (engines on the class path, languages not registered) has none of them
		try (org.scijava.Context plain = new org.scijava.Context(org.scijava.script.ScriptService.class)) {
			assertTrue(plain.service(org.scijava.script.ScriptService.class).getLanguages().isEmpty());
		}
		try (org.scijava.Context adapted = ScriptLanguages.context(org.scijava.script.ScriptService.class)) {
			final org.scijava.script.ScriptService scripts = adapted.service(org.scijava.script.ScriptService.class);
			assertEquals("Groovy", scripts.getLanguageByExtension("groovy").getLanguageName());
			assertEquals("JavaScript", scripts.getLanguageByExtension("js").getLanguageName());
			assertEquals("Python", scripts.getLanguageByExtension("py").getLanguageName());
		}
	}
}

package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The launcher script is executable, parses as bash and starts the launcher
 * class. (Running it end to end would build the project inside this build;
 * that is done by hand: see the script's header.)
 */
class ScriptTest {

	private static final Path SCRIPT = Paths.get("scripts", "neuron-models");

	@Test
	void scriptIsExecutableBashThatRunsTheLauncher() throws Exception {
		assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " is not executable");
		final String text = LauncherRunTest.read(SCRIPT);
		assertTrue(text.startsWith("#!/usr/bin/env bash\n"));
		assertTrue(text.contains(NeuronModelsLauncher.class.getName()));
		final Process p = new ProcessBuilder("bash", "-n", SCRIPT.toString())
			.inheritIO().start();
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), "bash -n " + SCRIPT);
	}
}

package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

/**
 * A run depends on its command line alone: values that SciJava remembers
 * between runs (Java Preferences) are neither read nor written, and the
 * launcher works as a separate process that exits by itself.
 */
class LauncherIsolationTest {

	private static final String CMD = "Launcher Test Command";

	@TempDir
	Path tmp;

	@Test
	void rememberedInputValuesNeitherLeakInNorAreSaved() throws Exception {
		try (Context context = new Context(CommandService.class)) {
			final ModuleService modules = context.service(ModuleService.class);
			final CommandInfo info = new CommandInfo(LauncherTestCommand.class);
			@SuppressWarnings("unchecked")
			final ModuleItem<Double> amplitude = (ModuleItem<Double>) info.getInput(
				"amplitude");
			modules.save(amplitude, 2.5);
			try {
				assertEquals(2.5, modules.load(amplitude));
				// control: SciJava's own run refills the unset input from preferences
				final CommandModule m = context.service(CommandService.class).run(
					LauncherTestCommand.class, true, "count", 1).get();
				assertEquals(2.5 / 10, (Double) m.getOutput("mean"), 1e-15);

				final Launch unset = Launch.run("--run", CMD, "count=1");
				assertEquals(0, unset.status, unset::toString);
				assertTrue(unset.out.contains("mean = " + 1.0 / 10 + "\n"), unset::toString);

				final Launch set = Launch.run("--run", CMD, "count=1,amplitude=0.5");
				assertEquals(0, set.status, set::toString);
				assertEquals(2.5, modules.load(amplitude), "the launcher saved an input");
			}
			finally {
				modules.save(amplitude, amplitude.getDefaultValue()); // forgets it
			}
		}
	}

	@Test
	void runsAsASeparateProcessAndExits() throws Exception {
		final Path out = tmp.resolve("proc");
		final Proc ok = Proc.run(tmp, "--headless", "--run", CMD, "count=2", "--out", out
			.toString());
		assertEquals(0, ok.status, ok::toString);
		assertTrue(ok.out.contains("spikeCount = 2"), ok::toString);
		assertEquals(6, LauncherRunTest.list(out).size()); // 5 files and the run marker

		final Path bad = tmp.resolve("bad");
		final Proc fail = Proc.run(tmp, "--headless", "--run", CMD, "dt=-1", "--out", bad
			.toString());
		assertEquals(2, fail.status, fail::toString);
		assertEquals(NeuronModelsLauncher.ERROR_PREFIX +
			LauncherTestCommand.DT_MESSAGE, fail.err.trim(), fail::toString);
		assertTrue(!Files.exists(bad));
	}

	/** A launcher run in a child JVM on this test's class path. */
	private static final class Proc {

		int status;
		String out;
		String err;

		static Proc run(final Path tmp, final String... args) throws IOException,
			InterruptedException
		{
			final List<String> cmd = new ArrayList<>(Arrays.asList(System.getProperty(
				"java.home") + File.separator + "bin" + File.separator + "java",
				"-Djava.awt.headless=true", "-cp", System.getProperty(
					"java.class.path"), NeuronModelsLauncher.class.getName()));
			cmd.addAll(Arrays.asList(args));
			final Path dir = Files.createTempDirectory(tmp, "proc");
			final Path stdout = dir.resolve("out");
			final Path stderr = dir.resolve("err");
			final Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile()).start();
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new AssertionError("the launcher did not exit: " + cmd);
			}
			final Proc r = new Proc();
			r.status = p.exitValue();
			r.out = new String(Files.readAllBytes(stdout), StandardCharsets.UTF_8);
			r.err = new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8);
			return r;
		}

		@Override
		public String toString() {
			return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
		}
	}
}

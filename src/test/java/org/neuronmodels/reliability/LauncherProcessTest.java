package org.neuronmodels.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.app.NeuronModelsLauncher;
import org.neuronmodels.io.RunFolder;

/**
 * The real launcher process (a JVM of its own, in its own process group, as a
 * terminal starts it): Ctrl-C (SIGINT to the process group) while computing
 * and while writing, SIGTERM, a second run into the same {@code --out}, a
 * foreign folder, a later run replacing an earlier one, and a late chart
 * warm-up at exit. Each ends with one line saying what happened, the status
 * of the signal (130, 143) or of the error, and nothing left behind: no
 * {@code --out}, no staging folder, no hidden file.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class LauncherProcessTest {

	/** A network run of 20 s simulated (CUBA, 4000 neurons): many seconds, so a signal arrives while it computes. */
	private static final String LONG_RUN = "Spiking Network|preset=CUBA,duration=20000";

	/** A short LIF run. */
	private static final String SHORT = "Leaky Integrate-and-Fire|duration=200";

	@TempDir
	Path tmp;

	/** Starts {@code "<command>|<args>"} writing to {@code out}, with extra JVM options. */
	private Process start(final Path out, final String run, final String... jvm) throws IOException {
		final String[] commandAndArgs = run.split("\\|", 2);
		final List<String> cmd = new ArrayList<>(Arrays.asList("setsid", javaBin(), "-Djava.awt.headless=true",
			"-Dneuronmodels.checks=off", "-cp", System.getProperty("java.class.path")));
		cmd.addAll(Arrays.asList(jvm));
		cmd.addAll(Arrays.asList(NeuronModelsLauncher.class.getName(), "--headless", "--run", commandAndArgs[0],
			commandAndArgs[1], "--out", out.toString()));
		return new ProcessBuilder(cmd).redirectOutput(tmp.resolve("stdout-" + System.nanoTime()).toFile())
			.redirectError(ProcessBuilder.Redirect.PIPE).start();
	}

	private static String javaBin() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

	/** Sends {@code signal} to the process group of {@code p} (setsid made it the leader), as a terminal does. */
	private static void signalGroup(final Process p, final String signal) throws Exception {
		final Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + p.pid()).inheritIO().start();
		assertEquals(0, kill.waitFor());
	}

	private static void waitFor(final Path path, final Process p) throws InterruptedException {
		final long end = System.currentTimeMillis() + 60_000;
		while (!Files.exists(path)) {
			assertTrue(p.isAlive(), "the launcher ended before " + path + " appeared");
			assertTrue(System.currentTimeMillis() < end, "no " + path + " within 60 s");
			Thread.sleep(20);
		}
	}

	private static String finish(final Process p) throws Exception {
		assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
		return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	private static Path staging(final Path out) {
		return out.getParent().resolve("." + out.getFileName() + ".neuron-models-staging");
	}

	/** The names in {@code dir} other than this test's own stdout captures. */
	private static List<String> left(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith("stdout-")).sorted().collect(
				Collectors.toList());
		}
	}

	@Test
	void ctrlCWhileComputingLeavesNothing() throws Exception {
		final Path out = tmp.resolve("out");
		final Process p = start(out, LONG_RUN);
		waitFor(staging(out).resolve("lock"), p);
		Thread.sleep(300);
		signalGroup(p, "INT");
		final String err = finish(p);
		assertEquals(130, p.exitValue(), err);
		assertEquals("neuron-models: interrupted (SIGINT) while computing; nothing was written to " + out + "\n",
			err);
		assertEquals(Arrays.asList(), left(tmp));
	}

	@Test
	void sigtermWhileComputingLeavesNothing() throws Exception {
		final Path out = tmp.resolve("out");
		final Process p = start(out, LONG_RUN);
		waitFor(staging(out).resolve("lock"), p);
		assertEquals(0, new ProcessBuilder("kill", "-TERM", String.valueOf(p.pid())).start().waitFor()); // the launcher alone
		final String err = finish(p);
		assertEquals(143, p.exitValue(), err);
		assertTrue(err.startsWith("neuron-models: interrupted (SIGTERM) while computing"), err);
		assertEquals(Arrays.asList(), left(tmp));
	}

	@Test
	void ctrlCWhileWritingLeavesNothing() throws Exception {
		final Path out = tmp.resolve("out");
		final Process p = start(out, SHORT, "-Dneuronmodels.commit.delayMs=60000");
		waitFor(staging(out).resolve("run").resolve("outputs.json"), p); // every file written, not yet in place
		signalGroup(p, "INT");
		final String err = finish(p);
		assertEquals(130, p.exitValue(), err);
		assertEquals("neuron-models: interrupted (SIGINT) while writing the outputs; nothing was written to " + out +
			"\n", err);
		assertEquals(Arrays.asList(), left(tmp));
	}

	@Test
	void aSecondRunIntoTheSameFolderIsRefused() throws Exception {
		final Path out = tmp.resolve("out");
		final Process first = start(out, LONG_RUN);
		waitFor(staging(out).resolve("lock"), first);
		final Process second = start(out, SHORT);
		final String err = finish(second);
		assertEquals(1, second.exitValue(), err);
		assertTrue(err.startsWith(NeuronModelsLauncher.ERROR_PREFIX + "another Neuron Models run is writing to " +
			out), err);
		assertTrue(first.isAlive(), "the first run goes on");
		signalGroup(first, "INT");
		finish(first);
		assertEquals(Arrays.asList(), left(tmp));
	}

	@Test
	void aLaterRunReplacesTheEarlierOneAsAWholeButNeverAForeignFolder() throws Exception {
		final Path out = tmp.resolve("out");
		Files.createDirectories(out);
		Files.write(out.resolve("notes.txt"), "mine".getBytes(StandardCharsets.UTF_8));
		Process p = start(out, SHORT);
		String err = finish(p);
		assertEquals(2, p.exitValue(), err);
		assertTrue(err.contains("not written by a Neuron Models run"), err);
		assertEquals(Arrays.asList("notes.txt"), left(out)); // untouched
		Files.delete(out.resolve("notes.txt"));

		p = start(out, SHORT);
		assertEquals(0, p.waitFor(), finish(p));
		assertTrue(Files.exists(out.resolve(RunFolder.MARKER)));
		Files.write(out.resolve("stale.csv"), "x\n1\n".getBytes(StandardCharsets.UTF_8)); // as an earlier run's file
		p = start(out, "Leaky Integrate-and-Fire|duration=190");
		assertEquals(0, p.waitFor(), finish(p));
		assertFalse(Files.exists(out.resolve("stale.csv")), "the previous run is replaced as a whole");
		assertEquals(Arrays.asList("out"), left(tmp));
	}

	/** Issue 12: a chart warm-up still drawing at exit raced the JDK's StreamCloser hook (a stack trace). */
	@Test
	void aLateWarmupNeverPrintsAStackTraceAtExit() throws Exception {
		final Path out = tmp.resolve("out");
		final Process p = start(out, "Leaky Integrate-and-Fire|amplitude=", "-Dneuronmodels.warmup.delayMs=500");
		final String err = finish(p);
		assertEquals(2, p.exitValue(), err);
		assertEquals(1, err.split("\n").length, err); // the error line alone
		assertTrue(err.startsWith(NeuronModelsLauncher.ERROR_PREFIX + "amplitude is empty"), err);
		assertEquals(Arrays.asList(), left(tmp));
	}
}

package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failing launcher runs: one error line, the right exit status, and nothing written. */
class LauncherErrorTest {

	private static final String CMD = "Launcher Test Command";
	private static final String PREFIX = NeuronModelsLauncher.ERROR_PREFIX;

	@TempDir
	Path tmp;

	@Test
	void invalidParameterThrownByTheCommand() throws IOException {
		final Path out = tmp.resolve("out");
		final Launch r = Launch.run("--headless", "--run", CMD, "dt=-1", "--out",
			out.toString());
		assertEquals(2, r.status, r::toString);
		assertEquals("", r.out);
		assertEquals(1, r.errLines().length, r::toString);
		assertEquals(PREFIX + LauncherTestCommand.DT_MESSAGE, r.errLines()[0]);
		assertTrue(!Files.exists(out), "the --out directory must not be created");
	}

	@Test
	void nothingIsWrittenIntoAnExistingOutDirectory() throws IOException {
		final Path out = Files.createDirectory(tmp.resolve("existing"));
		final Launch r = Launch.run("--run", CMD, "dt=-1", "--out", out.toString());
		assertEquals(2, r.status, r::toString);
		LauncherRunTest.assertNoFiles(out);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		// arguments | status | expected fragments of the error line (';'-separated)
		"ampl=2 | 2 | unknown parameter 'ampl';did you mean 'amplitude'?;valid parameters: amplitude, count, stimulus, noisy, dt, seed",
		"stimulus=\"Ramp\" | 2 | stimulus = \"Ramp\" is invalid: must be one of \"Step\", \"Pulse\", \"Sine\"",
		"amplitude=5 | 2 | amplitude = 5 nA is invalid: must be between 0 and 3 nA",
		"amplitude=-0.5 | 2 | amplitude = -0.5 nA is invalid",
		"count=2.7 | 2 | count = 2.7 is invalid: must be a whole number",
		"count=abc | 2 | count = abc is invalid: not a number",
		"count=3000000000 | 2 | count = 3000000000 is invalid: out of range for int",
		"noisy=yes | 2 | noisy = yes is invalid: must be true or false",
		"count=1,count=2 | 2 | 'count' is given more than once",
		"3 | 2 | expected key=value",
		"count=1,,dt=2 | 2 | cannot parse the arguments",
		// issue 12: empty values, unknown keys whatever their value, unclosed quotes and brackets
		"amplitude= | 2 | amplitude is empty: give a number in nA between 0 and 3",
		"amplitude=,count=2 | 2 | amplitude is empty",
		"foo= | 2 | unknown parameter 'foo';valid parameters: amplitude, count",
		"foo=1 | 2 | unknown parameter 'foo'",
		"stimulus= | 2 | stimulus is empty: give one of \"Step\", \"Pulse\", \"Sine\"",
		"count=[3 | 2 | opens '[' but never closes it",
		"stimulus=\"Step | 2 | opens a double quote but never closes it",
		"stimulus=[Step]x | 2 | unexpected 'x' after the value of 'stimulus'",
		"stimulus=[Ramp] | 2 | stimulus = \"Ramp\" is invalid: must be one of",
		"count=2 amplitud=1 | 2 | unknown parameter 'amplitud';did you mean 'amplitude'?",
		"count= 2 3 | 2 | count = 2 3 is invalid: not a number",
		"noisy= | 2 | noisy is empty: give true or false",
		"dt=1e-6x | 2 | dt = 1e-6x is invalid: not a number",
		", count=1 | 2 | it starts with a comma",
		"count=1, | 2 | it ends with a comma",
	})
	void invalidArguments(final String args, final int status,
		final String fragments) throws IOException
	{
		final Path out = tmp.resolve("out");
		final Launch r = Launch.run("--headless", "--run", CMD, args, "--out", out
			.toString());
		assertEquals(status, r.status, r::toString);
		assertEquals(1, r.errLines().length, r::toString);
		assertTrue(r.errLines()[0].startsWith(PREFIX), r::toString);
		for (final String f : fragments.split(";")) {
			assertTrue(r.err.contains(f), () -> "missing '" + f + "' in " + r);
		}
		assertEquals("", r.out);
		assertTrue(!Files.exists(out));
	}

	/** ImageJ macros write text in [brackets] and separate pairs by spaces; both work, as do quotes. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"stimulus=[Pulse] count=3",
		"stimulus=\"Pulse\",count=3",
		"stimulus=Pulse, count=3",
		"count=3 stimulus=[Pulse]",
		"count=\"3\",stimulus=Pulse",
	})
	void macroStyleAndQuotedValues(final String args) {
		final Launch r = Launch.run("--headless", "--run", CMD, args);
		assertEquals(0, r.status, r::toString);
		assertTrue(r.out.contains("spikeCount = 6"), r::toString); // Pulse: 2 × count
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"cancel  | 2 | rate = 0 Hz leaves nothing to analyse",
		"wrapped | 2 | tau = 0 ms is invalid: must be > 0 ms",
		"crash   | 1 | IllegalStateException: integrator diverged; at step 12",
		"npe     | 1 | java.lang.NullPointerException",
	})
	void failuresInsideTheCommand(final String mode, final int status,
		final String message) throws IOException
	{
		final Path out = tmp.resolve("out");
		final Launch r = Launch.run("--run", "Launcher Failing Command", "mode=" +
			mode, "--out", out.toString());
		assertEquals(status, r.status, r::toString);
		assertEquals(1, r.errLines().length, r::toString);
		assertEquals(PREFIX + message, r.errLines()[0]);
		assertTrue(!Files.exists(out));
	}

	@Test
	void unknownCommandSuggestsCloseMatches() {
		final Launch r = Launch.run("--run", "Launcher Test Comand");
		assertEquals(2, r.status);
		assertEquals(1, r.errLines().length, r::toString);
		assertTrue(r.err.startsWith(PREFIX + "unknown command 'Launcher Test Comand'"), r::toString);
		assertTrue(r.err.contains("did you mean 'Launcher Test Command'?"), r::toString);
	}

	@Test
	void commandLineErrors() {
		assertUsageError(Launch.run(), "no command given");
		assertUsageError(Launch.run("--run"), "--run needs a command name");
		assertUsageError(Launch.run("--run", CMD, "--bogus"), "unknown option '--bogus'");
		assertUsageError(Launch.run("--run", CMD, "count=1", "extra"), "unexpected argument 'extra'");
		assertUsageError(Launch.run("--run", CMD, "--out"), "--out needs a directory");
	}

	@Test
	void outMustBeADirectory() throws IOException {
		final Path file = Files.createFile(tmp.resolve("file"));
		final Launch r = Launch.run("--run", CMD, "--out", file.toString());
		assertEquals(2, r.status);
		assertTrue(r.err.contains("is not a directory"), r::toString);
		assertEquals(0, Files.size(file));
	}

	private static void assertUsageError(final Launch r, final String fragment) {
		assertEquals(2, r.status, r::toString);
		assertEquals(1, r.errLines().length, r::toString);
		assertTrue(r.err.startsWith(PREFIX) && r.err.contains(fragment), r::toString);
	}
}

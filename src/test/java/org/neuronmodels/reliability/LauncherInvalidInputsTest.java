package org.neuronmodels.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.app.NeuronModelsLauncher;
import org.neuronmodels.testutil.CommandHarness;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Invalid input through the headless launcher, for every command: a value of
 * the wrong type, NaN, an unknown choice, a missing or malformed CSV file. Each
 * run must exit with status 2 and one error line naming the field (or the
 * file), and write nothing: the --out directory is not even created.
 */
class LauncherInvalidInputsTest {

	private static Context context;

	@TempDir
	static Path tmp;

	@BeforeAll
	static void start() {
		context = CommandHarness.context();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@TestFactory
	Stream<DynamicTest> invalidInputNeverWritesAFile() throws IOException {
		final Path malformed = tmp.resolve("malformed.csv");
		Files.write(malformed, "time,current\n0.0,abc\n\"1.0,2\n".getBytes(StandardCharsets.UTF_8));
		final List<DynamicTest> tests = new ArrayList<>();
		for (final CommandInfo info : CommandHarness.commands(context)) {
			final Map<String, Object> defaults = CommandHarness.defaults(context, info);
			boolean text = false, nan = false, choice = false;
			for (final ModuleItem<?> item : CommandHarness.inputs(info)) {
				final String name = item.getName();
				final Class<?> type = Types.box(item.getType());
				if (Number.class.isAssignableFrom(type) && !text) {
					text = true;
					tests.add(test(info, name, name + "=abc", name)); // wrong type
				}
				else if ((type == Double.class || type == Float.class) && !nan && !isNaN(defaults.get(name))) {
					nan = true;
					tests.add(test(info, name, name + "=\"NaN\"", name));
				}
				else if (item.getChoices() != null && !item.getChoices().isEmpty() && !choice) {
					choice = true;
					tests.add(test(info, name, name + "=\"No such preset\"", name));
				}
				else if (type == java.io.File.class && !InvalidInputsTest.isOutputFile(item)) {
					final String companions = companions(info, name);
					tests.add(test(info, name, companions + name + "=\"" + tmp.resolve("missing.csv") + "\"",
						"missing.csv"));
					tests.add(test(info, name, companions + name + "=\"" + malformed + "\"", "malformed.csv"));
				}
			}
		}
		return tests.stream();
	}

	private static DynamicTest test(final CommandInfo info, final String input, final String args,
		final String expected)
	{
		return DynamicTest.dynamicTest(info.getLabel() + ": " + args, () -> {
			final Path out = Files.createTempDirectory(tmp, "run").resolve("out");
			final ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
			final int status;
			try (PrintStream po = new PrintStream(o, true, "UTF-8"); PrintStream pe = new PrintStream(e, true,
				"UTF-8"))
			{
				status = NeuronModelsLauncher.run(new String[] { "--headless", "--run", info.getClassName(), args,
					"--out", out.toString() }, po, pe);
			}
			final String err = e.toString("UTF-8");
			final String what = info.getLabel() + " " + args + ": " + err;
			assertEquals(2, status, what);
			assertEquals(1, err.split("\\R").length, what);
			assertTrue(err.startsWith(NeuronModelsLauncher.ERROR_PREFIX), what);
			assertTrue(err.contains(expected) || err.contains(input), what);
			assertTrue(err.toLowerCase(Locale.ROOT).matches(
				"(?s).*(must be|invalid|no such|not found|does not exist|cannot|empty|no column|not a column|no number|not a number).*"), what);
			assertEquals("", o.toString("UTF-8"), what);
			assertFalse(Files.exists(out), "nothing written: " + what);
		});
	}

	/** "stimulus=\"Table\",preset=\"Custom\"," for the choice inputs that make a command read its file. */
	private static String companions(final CommandInfo info, final String field) {
		final StringBuilder sb = new StringBuilder();
		CommandHarness.fileCompanions(info, field).forEach((k, v) -> sb.append(k).append("=\"").append(v).append(
			"\","));
		return sb.toString();
	}

	private static boolean isNaN(final Object o) {
		return o instanceof Number && Double.isNaN(((Number) o).doubleValue());
	}
}

package org.neuronmodels.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neuronmodels.testutil.CommandHarness;
import org.neuronmodels.testutil.CommandHarness.Outcome;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * Every command (found in the context, so commands added later are covered)
 * against a table of invalid values for every input: NaN, ±Infinity, huge,
 * negative and zero numbers, an unknown choice, and a missing, empty or
 * malformed CSV file. A value the declaration forbids must be refused with a
 * message naming the field and what is allowed, leaving no output; any other
 * value may run or be refused, but never with an escaping exception or a
 * hang.
 */
class InvalidInputsTest {

	/** A run longer than this is a hang. */
	private static final long TIME_LIMIT_MS = 20_000;

	private static Context context;
	private static Path files;

	@BeforeAll
	static void start() throws IOException {
		context = CommandHarness.context();
		files = Files.createTempDirectory("nm-invalid-inputs");
	}

	@AfterAll
	static void stop() throws IOException {
		context.dispose();
		try (Stream<Path> s = Files.list(files)) {
			for (final Path p : (Iterable<Path>) s::iterator)
				Files.deleteIfExists(p);
		}
		Files.deleteIfExists(files);
	}

	/** One invalid value for one input; {@code mustFail}: the declaration forbids it. */
	private static final class Case {

		final String input;
		final Object value;
		final boolean mustFail;
		final Map<String, Object> companions = new LinkedHashMap<>();

		Case(final String input, final Object value, final boolean mustFail) {
			this.input = input;
			this.value = value;
			this.mustFail = mustFail;
		}

		@Override
		public String toString() {
			return input + " = " + (value instanceof File ? ((File) value).getName() : value) + (companions.isEmpty()
				? "" : " with " + companions);
		}
	}

	@TestFactory
	Stream<DynamicTest> everyCommandRefusesInvalidInputsCleanly() throws IOException {
		final List<DynamicTest> tests = new ArrayList<>();
		final List<CommandInfo> commands = CommandHarness.commands(context);
		assertFalse(commands.isEmpty(), "no commands found");
		for (final CommandInfo info : commands) {
			final Map<String, Object> baseline = CommandHarness.shortRun(context, info);
			final Map<String, Object> defaults = CommandHarness.defaults(context, info);
			for (final ModuleItem<?> item : CommandHarness.inputs(info))
				for (final Case c : cases(info, item, defaults.get(item.getName())))
					tests.add(DynamicTest.dynamicTest(info.getLabel() + ": " + c, () -> check(info, baseline, c)));
		}
		return tests.stream();
	}

	private static void check(final CommandInfo info, final Map<String, Object> baseline, final Case c) {
		final Map<String, Object> in = new LinkedHashMap<>(baseline);
		in.putAll(c.companions);
		in.put(c.input, c.value);
		final long start = System.nanoTime();
		final Outcome o = CommandHarness.run(context, info, in, TIME_LIMIT_MS);
		if (Boolean.getBoolean("nm.debug")) System.out.printf("%6.1f ms  %s: %s -> %s%n", (System.nanoTime() - start) /
			1e6, info.getLabel(), c, o);
		final String what = info.getLabel() + ", " + c + ": ";
		assertNull(o.exception, () -> what + "an exception escaped: " + stackTrace(o.exception));
		assertFalse(o.timedOut, () -> what + "no result within " + TIME_LIMIT_MS + " ms: " + o);
		if (o.reason != null) {
			assertTrue(CommandHarness.presentOutputs(o.module).isEmpty(), what + "a refused run left outputs: " +
				CommandHarness.presentOutputs(o.module));
		}
		if (!c.mustFail) return;
		assertNotNull(o.reason, what + "should be refused");
		final String name = c.value instanceof File ? ((File) c.value).getName() : null;
		assertTrue(o.reason.contains(c.input) || name != null && o.reason.contains(name), () -> what +
			"the message names neither the field nor the file: " + o.reason);
		assertTrue(o.reason.toLowerCase(Locale.ROOT).matches(
			".*(must be|invalid|no such|not found|does not exist|cannot|empty|no column|not a column|no number).*"), () -> what +
				"the message does not say what is wrong or allowed: " + o.reason);
	}

	/**
	 * The invalid values for one input, by its type and declared range. NaN is
	 * allowed where it is the input's own default (a command's "use the preset's
	 * value" marker).
	 */
	private static List<Case> cases(final CommandInfo info, final ModuleItem<?> item, final Object initial)
		throws IOException
	{
		final List<Case> list = new ArrayList<>();
		final String name = item.getName();
		final Class<?> type = Types.box(item.getType());
		final Double min = number(item.getMinimumValue()), max = number(item.getMaximumValue());
		if (type == Double.class || type == Float.class) {
			final boolean dbl = type == Double.class;
			final boolean nanMeansDefault = initial instanceof Number && Double.isNaN(((Number) initial).doubleValue());
			list.add(new Case(name, dbl ? (Object) Double.NaN : Float.NaN, !nanMeansDefault));
			list.add(new Case(name, dbl ? (Object) Double.POSITIVE_INFINITY : Float.POSITIVE_INFINITY, true));
			// NB: a huge value above a declared max takes the same path as +Infinity
			if (max == null) list.add(new Case(name, dbl ? (Object) 1e300 : Float.MAX_VALUE, false));
			list.addAll(lowCases(name, min, dbl ? -1.0 : (Object) (-1f), dbl ? 0.0 : (Object) 0f));
		}
		else if (type == Integer.class || type == Long.class) {
			final boolean i = type == Integer.class;
			list.addAll(lowCases(name, min, i ? (Object) (-1) : -1L, i ? (Object) 0 : 0L));
			list.add(new Case(name, i ? (Object) Integer.MAX_VALUE : Long.MAX_VALUE, max != null &&
				max < (i ? Integer.MAX_VALUE : Long.MAX_VALUE)));
		}
		else if (type == String.class && item.getChoices() != null && !item.getChoices().isEmpty()) {
			list.add(new Case(name, "No such preset", true));
		}
		else if (type == File.class && !isOutputFile(item)) {
			list.add(fileCase(info, name, files.resolve("missing.csv").toFile()));
			list.add(fileCase(info, name, write("empty.csv", "")));
			list.add(fileCase(info, name, write("malformed.csv", "time,current\n0.0,abc\n\"1.0,2\n")));
		}
		return list;
	}

	/**
	 * Zero and a negative number: zero where the declared minimum forbids it (a
	 * negative number would take the same path), otherwise -1 (refused if the
	 * minimum forbids it) and, if allowed, zero too (the command may still
	 * refuse either).
	 */
	private static List<Case> lowCases(final String name, final Double min, final Object minusOne,
		final Object zero)
	{
		final List<Case> list = new ArrayList<>();
		if (min != null && min > 0) list.add(new Case(name, zero, true));
		else {
			list.add(new Case(name, minusOne, min != null && min > -1));
			if (min == null || min <= -1) list.add(new Case(name, zero, false));
		}
		return list;
	}

	/**
	 * A file case: every choice input offering a "Table", "File" or "CSV" choice
	 * is set to it, and every one offering "Custom" (presets) to "Custom", so
	 * the command reads the file.
	 */
	private static Case fileCase(final CommandInfo info, final String name, final File file) {
		final Case c = new Case(name, file, true);
		c.companions.putAll(CommandHarness.fileCompanions(info, name));
		return c;
	}

	private static File write(final String name, final String content) throws IOException {
		final Path p = files.resolve(name);
		Files.write(p, content.getBytes(StandardCharsets.UTF_8));
		return p.toFile();
	}

	/**
	 * A file or folder the command writes (widget style "save", or the {@code outputFolder} input): a missing
	 * one is the normal case, not bad input (OutputFolderInputTest covers the folders it refuses).
	 */
	static boolean isOutputFile(final ModuleItem<?> item) {
		return item.getWidgetStyle() != null && item.getWidgetStyle().contains("save") || "outputFolder".equals(item
			.getName());
	}

	private static Double number(final Object o) {
		return o instanceof Number ? ((Number) o).doubleValue() : null;
	}

	private static String stackTrace(final Throwable t) {
		final java.io.StringWriter w = new java.io.StringWriter();
		t.printStackTrace(new java.io.PrintWriter(w));
		return w.toString();
	}
}

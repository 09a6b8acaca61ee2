package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The descriptor-constant rule: no numeric or choice literal in any command's
 * {@code @Parameter} annotation. {@code min}, {@code max}, {@code stepSize} and
 * {@code choices} reference compile-time constants of the core (model
 * descriptors, {@code core.model.InputLimits}, the label constants of the
 * enums), so each value is written once.
 */
class AnnotationConstantsTest {

	private static final Path COMMANDS = Paths.get("src/main/java/org/neuronmodels/command");
	private static final Pattern NUMERIC = Pattern.compile("\\b(min|max|stepSize|softMin|softMax)\\s*=\\s*\"");
	private static final Pattern CHOICES = Pattern.compile("\\bchoices\\s*=\\s*\\{([^}]*)\\}", Pattern.DOTALL);

	/** The text of every {@code @Parameter(...)} annotation in {@code source}, with nested parentheses and strings. */
	static List<String> annotations(final String source) {
		final List<String> list = new ArrayList<>();
		int at = source.indexOf("@Parameter(");
		while (at >= 0) {
			int depth = 0, i = at + "@Parameter".length();
			boolean inString = false;
			for (; i < source.length(); i++) {
				final char c = source.charAt(i);
				if (inString) {
					if (c == '\\') i++;
					else if (c == '"') inString = false;
				}
				else if (c == '"') inString = true;
				else if (c == '(') depth++;
				else if (c == ')' && --depth == 0) break;
			}
			list.add(source.substring(at, i + 1));
			at = source.indexOf("@Parameter(", i);
		}
		return list;
	}

	/** The literals the rule forbids in one annotation (empty if none). */
	static List<String> literals(final String annotation) {
		final List<String> found = new ArrayList<>();
		final String outsideStrings = annotation.replaceAll("(label|description)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"" +
			"\\s*\\+?\\s*)+", "$1 = TEXT");
		final Matcher n = NUMERIC.matcher(outsideStrings);
		while (n.find())
			found.add(n.group(1) + " literal");
		final Matcher c = CHOICES.matcher(outsideStrings);
		while (c.find())
			if (c.group(1).contains("\"")) found.add("choices literal");
		return found;
	}

	@Test
	void theScannerFindsLiterals() {
		// the rule's own check, on annotations written the old way and the new way
		assertFalse(literals("@Parameter(label = \"a (b)\", min = \"-200\", max = \"200\")").isEmpty());
		assertFalse(literals("@Parameter(label = \"x\", choices = { \"Exact\", Integrators.EULER })").isEmpty());
		assertTrue(literals("@Parameter(label = \"x = \\\"1\\\" (min = \\\"2\\\")\", description = \"a \" +\n" +
			"\"max = \\\"3\\\"\", min = LifModel.TAU_M_MIN, choices = { Integrators.EXACT })").isEmpty());
	}

	@Test
	void noCommandAnnotationHoldsANumericOrChoiceLiteral() throws IOException {
		final List<String> problems = new ArrayList<>();
		final List<Path> files;
		try (Stream<Path> s = Files.list(COMMANDS)) {
			files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
		}
		assertFalse(files.isEmpty());
		for (final Path file : files) {
			final String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			for (final String a : annotations(source))
				for (final String l : literals(a))
					problems.add(file.getFileName() + ": " + l + " in " + a.replaceAll("\\s+", " "));
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuronmodels.core.Checks;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

/**
 * The parameter tables of {@code plugins-docs/exponential-integrate-and-fire.md}
 * and {@code plugins-docs/adex.md} are identical to the code: label, unit,
 * default and range of every listed field, and every input the command
 * declares itself is listed.
 */
class ExpIfAdExDocsTest {

	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of(ExpIfCommand.class, "exponential-integrate-and-fire.md"), Arguments.of(
			AdExCommand.class, "adex.md"));
	}

	@ParameterizedTest
	@MethodSource("pages")
	void parameterTableMatchesTheCommand(final Class<?> command, final String page) throws Exception {
		final Map<String, String[]> rows = table(page);
		final Object instance = command.getDeclaredConstructor().newInstance();
		for (Class<?> c = command; c != NeuronModelsCommand.class; c = c.getSuperclass()) {
			for (final Field f : c.getDeclaredFields()) {
				final Parameter p = f.getAnnotation(Parameter.class);
				if (p == null || p.type() == ItemIO.OUTPUT || Service.class.isAssignableFrom(f.getType())) continue;
				final String[] row = rows.get(f.getName());
				if (row == null) {
					assertTrue(c != command, page + " lists every input of " + command.getSimpleName() + ": " + f.getName());
					continue;
				}
				f.setAccessible(true);
				assertEquals(p.label(), row[1], f.getName() + " label");
				final String label = p.label();
				final String unit = label.endsWith(")") ? label.substring(label.lastIndexOf('(') + 1, label.length() - 1)
					: "—";
				assertEquals(unit, row[2], f.getName() + " unit");
				final Object value = f.get(instance);
				final String expectedDefault = value instanceof Double ? Checks.fmt((Double) value) : String.valueOf(
					value);
				assertEquals(expectedDefault, row[3], f.getName() + " default");
				final String range = p.choices().length > 0 ? String.join(", ", p.choices()) : p.max().isEmpty() ? "≥ " +
					p.min() : p.min() + " – " + p.max();
				assertEquals(range, row[4], f.getName() + " range");
			}
		}
	}

	/** The rows {@code | `field` | label | unit | default | range |} of the page's parameter table. */
	private static Map<String, String[]> table(final String page) throws IOException {
		final Map<String, String[]> rows = new HashMap<>();
		for (final String line : Files.readAllLines(Paths.get("plugins-docs", page), StandardCharsets.UTF_8)) {
			if (!line.startsWith("| `")) continue;
			final String[] cells = line.substring(1, line.length() - 1).split("\\|");
			if (cells.length != 5) continue;
			for (int k = 0; k < cells.length; k++)
				cells[k] = cells[k].trim();
			rows.put(cells[0].replace("`", ""), cells);
		}
		assertTrue(rows.size() > 10, page + " has a parameter table");
		return rows;
	}
}

package org.neuronmodels.core.equation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;

/**
 * A saved equation model: a small text file with one section per text input,
 * readable and editable by hand:
 * <pre>
 * # Neuron Models equation model
 * [equations]
 * dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)
 * [threshold]
 * v &gt; vTh
 * ...
 * </pre>
 * Sections: equations, threshold, reset, refractory, parameters,
 * initialValues, integrator. Lines before the first section and lines starting
 * with {@code #} outside the equations are comments.
 */
public final class EquationFile {

	/** The first line of every file. */
	public static final String HEADER = "# Neuron Models equation model";

	private static final String[] SECTIONS = { "equations", "threshold", "reset", "refractory", "parameters",
		"initialValues", "integrator" };

	private EquationFile() {}

	/** The file text of {@code spec} with {@code integrator}. */
	public static String format(final EquationSpec spec, final String integrator) {
		final String[] values = { spec.equations, spec.threshold, spec.reset, spec.refractory, spec.parameters,
			spec.initialValues, integrator };
		final StringBuilder b = new StringBuilder(HEADER).append('\n');
		for (int k = 0; k < SECTIONS.length; k++)
			b.append('[').append(SECTIONS[k]).append("]\n").append(values[k] == null ? "" : values[k].trim())
				.append('\n');
		return b.toString();
	}

	/** Writes {@code spec} to {@code file} (UTF-8). */
	public static void write(final Path file, final EquationSpec spec, final String integrator)
		throws IOException
	{
		Files.write(file, format(spec, integrator).getBytes(StandardCharsets.UTF_8));
	}

	/** The sections of file text {@code text}; throws naming {@code field} if it is not an equation model. */
	public static Map<String, String> parse(final String field, final String text) {
		final Map<String, List<String>> sections = new LinkedHashMap<>();
		List<String> current = null;
		for (final String line : text.replace("\r", "").split("\n", -1)) {
			final String t = line.trim();
			if (t.startsWith("[") && t.endsWith("]")) {
				final String name = t.substring(1, t.length() - 1).trim();
				boolean known = false;
				for (final String s : SECTIONS)
					known |= s.equals(name);
				if (!known) throw new InvalidParameterException(field, field + " is invalid: unknown section [" +
					name + "] (sections: " + String.join(", ", SECTIONS) + ")");
				sections.put(name, current = new ArrayList<>());
			}
			else if (current != null && !(t.startsWith("#") && sections.get("equations") != current)) {
				current.add(line);
			}
		}
		if (!sections.containsKey("equations")) throw new InvalidParameterException(field, field + " is " +
			(text.trim().isEmpty() ? "empty" : "invalid") + ": not an equation model (a saved model has an " +
			"[equations] section)");
		final Map<String, String> out = new LinkedHashMap<>();
		for (final String s : SECTIONS)
			out.put(s, sections.containsKey(s) ? String.join("\n", sections.get(s)).trim() : "");
		return out;
	}

	/** Reads the file {@code file} as input {@code field}. */
	public static Map<String, String> read(final String field, final Path file) {
		try {
			return parse(field, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		}
		catch (final IOException e) {
			throw new InvalidParameterException(field, field + " = \"" + file + "\" cannot be read: " + e
				.getMessage());
		}
	}

	/** The spec in the sections {@code s} of a read file. */
	public static EquationSpec spec(final Map<String, String> s) {
		return new EquationSpec(s.get("equations"), s.get("threshold"), s.get("reset"), s.get("refractory"), s.get(
			"parameters"), s.get("initialValues"));
	}
}

package org.neuronmodels.app;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.util.VersionUtils;

/**
 * What one successful command run produced and how it was asked for: the
 * command, the argument string, every recordable input and every output. It
 * becomes {@code outputs.json}.
 */
public final class RunRecord {

	private final String label;
	private final String className;
	private final String arguments;
	private final Map<String, Object> inputs;
	private final Map<String, Object> outputs;

	/** A record of a run of the command {@code label} ({@code className}) with the given argument string. */
	public RunRecord(final String label, final String className,
		final String arguments, final Map<String, Object> inputs,
		final Map<String, Object> outputs)
	{
		this.label = label;
		this.className = className;
		this.arguments = arguments == null ? "" : arguments;
		this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
		this.outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
	}

	/** The command's label. */
	public String label() {
		return label;
	}

	/** The command's class name. */
	public String className() {
		return className;
	}

	/** The recordable inputs (name to value, files as paths), in declaration order. */
	public Map<String, Object> inputs() {
		return inputs;
	}

	/** All outputs (name to value, any type), in declaration order. */
	public Map<String, Object> outputs() {
		return outputs;
	}

	/** The outputs that are scalars or arrays (or null), in declaration order. */
	public Map<String, Object> plainOutputs() {
		final Map<String, Object> plain = new LinkedHashMap<>();
		outputs.forEach((name, value) -> {
			if (value == null || Values.isPlain(value)) plain.put(name, value);
		});
		return plain;
	}

	/** The value of the random seed input ("seed" or a name ending in "Seed"), or null. */
	public Object seed() {
		for (final Map.Entry<String, Object> e : inputs.entrySet()) {
			final String name = e.getKey();
			if (name.equals("seed") || name.endsWith("Seed")) return e.getValue();
		}
		return null;
	}

	/** The record as the JSON tree written to outputs.json, listing {@code files} and {@code notes}. */
	public Map<String, Object> toJsonTree(final List<String> files,
		final List<String> notes)
	{
		final Map<String, Object> command = new LinkedHashMap<>();
		command.put("label", label);
		command.put("class", className);
		final Map<String, Object> root = new LinkedHashMap<>();
		root.put("command", command);
		root.put("arguments", arguments);
		root.put("command_line", commandLine());
		if (seed() != null) root.put("seed", seed());
		root.put("inputs", inputs);
		root.put("outputs", plainOutputs());
		root.put("files", files);
		root.put("version", projectVersion());
		final String build = projectBuild();
		if (build != null) root.put("build", build);
		root.put("java", System.getProperty("java.version"));
		root.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS)
			.toString());
		final List<String> allNotes = new ArrayList<>(notes);
		allNotes.addAll(JsonWriter.nonFiniteNotes(inputs, "inputs"));
		allNotes.addAll(JsonWriter.nonFiniteNotes(plainOutputs(), "outputs"));
		if (!allNotes.isEmpty()) root.put("notes", allNotes);
		return root;
	}

	/** A shell command line that repeats this run (without --out), naming every recorded input. */
	public String commandLine() {
		final StringBuilder sb = new StringBuilder(
			"scripts/neuron-models --headless --run ").append(shellQuote(className));
		final String all = explicitArguments();
		if (!all.isEmpty()) sb.append(' ').append(shellQuote(all));
		return sb.toString();
	}

	/** Every recorded, non-null input as a {@code key=value,...} argument string. */
	public String explicitArguments() {
		final StringBuilder sb = new StringBuilder();
		inputs.forEach((name, value) -> {
			if (value == null) return;
			if (sb.length() > 0) sb.append(',');
			sb.append(name).append('=').append(literal(value));
		});
		return sb.toString();
	}

	private static String literal(final Object value) {
		if (value instanceof Double || value instanceof Float) {
			// NB: the parser reads NaN and Infinity only as text
			final double d = ((Number) value).doubleValue();
			return Double.isFinite(d) ? Values.format(value) : '"' + Values.format(
				value) + '"';
		}
		if (value instanceof Number || value instanceof Boolean) {
			return Values.format(value);
		}
		if (value.getClass().isArray()) {
			final StringBuilder sb = new StringBuilder("[");
			for (int i = 0; i < Array.getLength(value); i++) {
				if (i > 0) sb.append(", ");
				sb.append(literal(Array.get(value, i)));
			}
			return sb.append(']').toString();
		}
		return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** The source commit the jar was built from (manifest "Implementation-Build"), or null. */
	public static String projectBuild() {
		try {
			final String build = VersionUtils.getBuildNumber(RunRecord.class);
			return build == null || build.isEmpty() ? null : build;
		}
		catch (final RuntimeException exc) {
			return null;
		}
	}

	private static String shellQuote(final String s) {
		if (s.matches("[A-Za-z0-9_./=,:+-]+")) return s;
		return "'" + s.replace("'", "'\\''") + "'";
	}

	/** The project version from the jar manifest or the Maven POM, or "unknown". */
	public static String projectVersion() {
		String version = null;
		try {
			version = VersionUtils.getVersion(RunRecord.class, "org.neuronmodels",
				"neuron-models");
		}
		catch (final RuntimeException exc) {
			// no manifest and no POM: fall through
		}
		return version == null ? "unknown" : version;
	}
}

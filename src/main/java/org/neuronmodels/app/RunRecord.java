package org.neuronmodels.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.module.RunProvenance;
import org.neuronmodels.io.Json;

/**
 * What one successful command run produced and how it was asked for: the
 * command, the argument string, every recordable input and every output. It
 * becomes {@code outputs.json}.
 */
public final class RunRecord {

	/**
	 * The key of the one block of outputs.json that differs between a run and
	 * its replay: when ({@code time}), where ({@code host}) and how long
	 * ({@code duration_s}) it ran. Everything else, and every data file, is
	 * identical (ReplayTest).
	 */
	public static final String RUN = "run";

	/** The key of the argument string that repeats the run exactly (NaN and Infinity included). */
	public static final String REPLAY_ARGUMENTS = "replay_arguments";

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

	/** When the run started (System.nanoTime), for its duration; set by the launcher. */
	private long startNanos = System.nanoTime();

	/** This record, with the run started at {@code nanos} ({@link System#nanoTime()}); returns this. */
	public RunRecord startedAt(final long nanos) {
		startNanos = nanos;
		return this;
	}

	/** The time, host and duration of the run: the {@value #RUN} block. */
	Map<String, Object> runBlock() {
		final Map<String, Object> run = new LinkedHashMap<>();
		run.put("time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
		run.put("host", host());
		run.put("duration_s", Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3);
		return run;
	}

	private static String host() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (final java.io.IOException | RuntimeException e) {
			final String h = System.getenv("HOSTNAME");
			return h == null ? "unknown" : h;
		}
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

	/**
	 * The outputs written as files (charts, tables, images, spike lists, arrays
	 * longer than {@value Values#PRINT_LIMIT} as data files, or values with no
	 * format), in declaration order.
	 */
	public Map<String, Object> fileOutputs() {
		final Map<String, Object> files = new LinkedHashMap<>();
		outputs.forEach((name, value) -> {
			if (value != null && (!Values.isPlain(value) || Values.isBigArray(value))) files.put(name, value);
		});
		return files;
	}

	/**
	 * The plain outputs as outputs.json records them: scalars and short arrays
	 * as values, longer arrays as their data file and summary.
	 */
	public Map<String, Object> recordedOutputs() {
		final Map<String, Object> recorded = new LinkedHashMap<>();
		plainOutputs().forEach((name, value) -> {
			if (!Values.isBigArray(value)) recorded.put(name, value);
			else {
				final Map<String, Object> file = new LinkedHashMap<>();
				file.put("file", name + ".csv");
				file.put("summary", Values.summary(value));
				recorded.put(name, file);
			}
		});
		return recorded;
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
		root.put(REPLAY_ARGUMENTS, explicitArguments());
		if (seed() != null) root.put("seed", seed());
		if (integrator() != null) root.put("integrator", integrator());
		root.put("inputs", inputs);
		root.put("outputs", recordedOutputs());
		root.put("files", files);
		root.put("version", projectVersion());
		final String build = projectBuild();
		if (build != null) root.put("build", build);
		root.put("java", System.getProperty("java.version"));
		root.put(RUN, runBlock());
		final List<String> allNotes = new ArrayList<>(notes);
		allNotes.addAll(Json.nonFiniteNotes(inputs, "inputs"));
		allNotes.addAll(Json.nonFiniteNotes(recordedOutputs(), "outputs"));
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
		return RunProvenance.arguments(inputs);
	}

	/** The value of the integrator input ("integrator" or a name ending in "Integrator"), or null. */
	public Object integrator() {
		for (final Map.Entry<String, Object> e : inputs.entrySet()) {
			final String name = e.getKey();
			if (name.equals("integrator") || name.endsWith("Integrator")) return e.getValue();
		}
		return null;
	}

	/** The source commit the jar was built from (manifest "Implementation-Build"), or null. */
	public static String projectBuild() {
		return RunProvenance.projectBuild();
	}

	private static String shellQuote(final String s) {
		if (s.matches("[A-Za-z0-9_./=,:+-]+")) return s;
		return "'" + s.replace("'", "'\\''") + "'";
	}

	/** The project version from the jar manifest or the Maven POM, or "unknown". */
	public static String projectVersion() {
		return RunProvenance.projectVersion();
	}
}

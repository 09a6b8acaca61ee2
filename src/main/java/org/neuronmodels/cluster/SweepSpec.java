package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The sweep spec file ({@code spec.json} in the work directory): what every
 * shard computes — the kind of sweep and its inputs (grid and seed included),
 * the number of points and shards — and how a task runs it: the Java
 * executable, the resolved class path, the launcher's main class and the
 * SHA-256 of the class path's jars. Its {@link #sweepId()} (a hash of the
 * inputs, points and shards) is written into every part, so parts of another
 * sweep are recognised and refused.
 */
public final class SweepSpec {

	/** The spec file's format version. */
	public static final int FORMAT = 1;

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private int format = FORMAT;
	private String kind;
	private String label;
	private Map<String, String> inputs = new LinkedHashMap<>();
	private String grid;
	private String seed;
	private int points;
	private int shards;
	private String sweepId;
	private String java;
	private String mainClass;
	private List<String> classPath = new ArrayList<>();
	private String jarSha256;

	private SweepSpec() {}

	/**
	 * A spec of a sweep of {@code kind} (e.g. "sweep", "fi"; {@code label} for messages) with
	 * {@code inputs} (text values), {@code points} points in {@code shards} shards; {@code grid} and
	 * {@code seed} describe the grid and the seed for readers of the file.
	 */
	public static SweepSpec of(final String kind, final String label, final Map<String, String> inputs,
		final String grid, final String seed, final int points, final int shards)
	{
		final SweepSpec s = new SweepSpec();
		s.kind = kind;
		s.label = label;
		s.inputs = new LinkedHashMap<>(inputs);
		s.grid = grid;
		s.seed = seed;
		s.points = points;
		s.shards = shards;
		s.sweepId = ClassPath.sha256(kind + "\n" + new TreeMap<>(inputs) + "\n" + points + "\n" + shards);
		return s;
	}

	/** This spec with the runtime a task uses: java executable, class path (with its hash) and main class. */
	public SweepSpec runtime(final String javaExecutable, final List<Path> entries, final String jarHash,
		final String main)
	{
		this.java = javaExecutable;
		this.classPath = new ArrayList<>();
		for (final Path p : entries)
			classPath.add(p.toString());
		this.jarSha256 = jarHash;
		this.mainClass = main;
		return this;
	}

	/** Writes the spec as JSON to {@code file}, atomically. */
	public void write(final Path file) throws IOException {
		WorkFiles.writeAtomically(file, GSON.toJson(this).getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a spec file; a clear {@link IOException} if it is not one. */
	public static SweepSpec read(final Path file) throws IOException {
		final SweepSpec s;
		try {
			s = GSON.fromJson(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), SweepSpec.class);
		}
		catch (final JsonParseException exc) {
			throw new IOException(file + " is not a sweep spec file: " + exc.getMessage(), exc);
		}
		if (s == null || s.format != FORMAT || s.kind == null || s.sweepId == null || s.points < 1 || s.shards < 1) {
			throw new IOException(file + " is not a sweep spec file of format " + FORMAT);
		}
		return s;
	}

	/** The kind of sweep ("sweep" or "fi"). */
	public String kind() {
		return kind;
	}

	/** The command the sweep belongs to, for messages (e.g. "Parameter Sweep"). */
	public String label() {
		return label;
	}

	/** The inputs (text values, by name). */
	public Map<String, String> inputs() {
		return new LinkedHashMap<>(inputs);
	}

	/** A description of the grid. */
	public String grid() {
		return grid;
	}

	/** The seed, or null if the sweep draws no random numbers. */
	public String seed() {
		return seed;
	}

	/** The number of points. */
	public int points() {
		return points;
	}

	/** The number of shards. */
	public int shards() {
		return shards;
	}

	/** The shard plan. */
	public ShardPlan plan() {
		return ShardPlan.of(points, shards);
	}

	/** A hash of what is computed (kind, inputs, points, shards): parts carry it. */
	public String sweepId() {
		return sweepId;
	}

	/** The Java executable of the submitting installation. */
	public String java() {
		return java;
	}

	/** The launcher's main class. */
	public String mainClass() {
		return mainClass;
	}

	/** The class path entries. */
	public List<String> classPath() {
		return new ArrayList<>(classPath);
	}

	/** The SHA-256 of the class path's jars. */
	public String jarSha256() {
		return jarSha256;
	}
}

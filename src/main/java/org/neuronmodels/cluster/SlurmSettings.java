package org.neuronmodels.cluster;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * How a sweep runs on SLURM: the number of shards (array tasks), extra
 * {@code sbatch} options (each a separate argument), shell lines run before
 * Java in every task, the work directory (on the cluster's shared file
 * system), whether to wait for the merge, whether to keep the work directory
 * after it, and how often a failed shard is resubmitted.
 */
public final class SlurmSettings {

	/** Resubmissions of a failed shard, by default. */
	public static final int DEFAULT_RETRIES = 2;

	private int shards = 16;
	private List<String> options = new ArrayList<>();
	private String preamble = "";
	private Path workDirectory;
	private boolean waitForResult = true;
	private boolean keepWorkDirectory;
	private int retries = DEFAULT_RETRIES;
	private long pollMillis = 1000;
	private String searchPath;
	private final Map<String, String> taskEnvironment = new LinkedHashMap<>();

	/** {@code shards} array tasks; extra sbatch options as typed (split like a shell, quotes respected). */
	public static SlurmSettings of(final int shards, final String options) {
		return new SlurmSettings().shards(shards).options(options);
	}

	/** The number of shards (array tasks); capped at the number of points. */
	public SlurmSettings shards(final int count) {
		Checks.inRange("shards", count, 1, ShardPlan.MAX_SHARDS);
		this.shards = count;
		return this;
	}

	/** Extra sbatch options, e.g. {@code "--partition=compute --time=01:00:00 --mem=4G"}. */
	public SlurmSettings options(final String text) {
		this.options = split(text);
		return this;
	}

	/** Shell lines run before Java in every task, e.g. {@code "module load java/17"}. */
	public SlurmSettings preamble(final String lines) {
		this.preamble = lines == null ? "" : lines;
		return this;
	}

	/** The work directory (spec, task script, parts, markers, logs), on the shared file system. */
	public SlurmSettings workDirectory(final Path dir) {
		this.workDirectory = dir;
		return this;
	}

	/** The work directory, given as text ("" or null leaves it unset). */
	public SlurmSettings workDirectory(final String dir) {
		return workDirectory(dir == null || dir.trim().isEmpty() ? null : Paths.get(dir.trim()));
	}

	/** Whether to wait for every shard and merge (true), or submit and return the job id (false). */
	public SlurmSettings waitForResult(final boolean wait) {
		this.waitForResult = wait;
		return this;
	}

	/** Whether to keep the work directory after a successful merge. */
	public SlurmSettings keepWorkDirectory(final boolean keep) {
		this.keepWorkDirectory = keep;
		return this;
	}

	/** How often a failed shard is resubmitted (0–10). */
	public SlurmSettings retries(final int count) {
		Checks.inRange("retries", count, 0, 10);
		this.retries = count;
		return this;
	}

	/** How often the queue is polled while waiting, in ms. */
	public SlurmSettings pollMillis(final long ms) {
		this.pollMillis = Math.max(50, ms);
		return this;
	}

	/** Where sbatch and the other SLURM programs are looked for (default: the PATH). */
	public SlurmSettings searchPath(final String path) {
		this.searchPath = path;
		return this;
	}

	/** An environment variable given to sbatch, which passes it on to the tasks. */
	public SlurmSettings taskEnvironment(final String name, final String value) {
		taskEnvironment.put(name, value);
		return this;
	}

	int shards() {
		return shards;
	}

	/** The shard count for a sweep of {@code points} points: the one asked for, capped at the points. */
	public int shardsFor(final int points) {
		return Math.max(1, Math.min(shards, points));
	}

	List<String> options() {
		return Collections.unmodifiableList(options);
	}

	String preamble() {
		return preamble;
	}

	/** The work directory, or null if none was given. */
	public Path workDirectory() {
		return workDirectory;
	}

	boolean waitForResult() {
		return waitForResult;
	}

	boolean keepWorkDirectory() {
		return keepWorkDirectory;
	}

	int retries() {
		return retries;
	}

	long pollMillis() {
		return pollMillis;
	}

	String searchPath() {
		return searchPath;
	}

	Map<String, String> taskEnvironment() {
		return Collections.unmodifiableMap(taskEnvironment);
	}

	/** Splits option text into arguments like a shell would (whitespace; single or double quotes group). */
	static List<String> split(final String text) {
		final List<String> args = new ArrayList<>();
		if (text == null) return args;
		StringBuilder cur = null;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			final char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) quote = 0;
				else cur.append(c);
			}
			else if (c == '\'' || c == '"') {
				quote = c;
				if (cur == null) cur = new StringBuilder();
			}
			else if (Character.isWhitespace(c)) {
				if (cur != null) args.add(cur.toString());
				cur = null;
			}
			else {
				if (cur == null) cur = new StringBuilder();
				cur.append(c);
			}
		}
		if (quote != 0) {
			throw new InvalidParameterException("slurmOptions", "slurmOptions = \"" + text +
				"\" is invalid: a quote is not closed");
		}
		if (cur != null) args.add(cur.toString());
		for (final String a : args)
			if (a.startsWith("--array") || a.equals("-a") || a.startsWith("--wrap") || a.equals("--test-only")) {
				throw new InvalidParameterException("slurmOptions", "slurmOptions: " + a +
					" is invalid: the sweep sets the array, the task and the test itself");
			}
		return args;
	}
}

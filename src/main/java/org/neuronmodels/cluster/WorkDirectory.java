package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files of a sweep's work directory: {@code spec.json} (what is computed),
 * {@code task.sh} (the array job's script), {@code jobs.json} (submitted jobs and
 * attempts), {@code parts/shard-<i>.part} (the results), {@code markers/shard-<i>.exit}
 * (each task's exit status) and {@code logs/shard-<i>.job<J>.log} (each task's output).
 */
public final class WorkDirectory {

	private final Path root;

	/** The work directory at {@code root}. */
	public WorkDirectory(final Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The directory. */
	public Path root() {
		return root;
	}

	/** The spec file. */
	public Path spec() {
		return root.resolve("spec.json");
	}

	/** The task script. */
	public Path script() {
		return root.resolve("task.sh");
	}

	/** The job ledger. */
	Path jobs() {
		return root.resolve("jobs.json");
	}

	/** The part of shard {@code i}. */
	public Path part(final int i) {
		return root.resolve("parts").resolve("shard-" + i + ".part");
	}

	/** The exit marker of shard {@code i}. */
	public Path marker(final int i) {
		return root.resolve("markers").resolve("shard-" + i + ".exit");
	}

	/** The log of shard {@code i} in job {@code job}. */
	public Path log(final int i, final String job) {
		return root.resolve("logs").resolve("shard-" + i + ".job" + job + ".log");
	}

	/** The sbatch {@code --output} pattern of the logs ({@code %a}: the task, {@code %A}: the job). */
	String logPattern() {
		return root.resolve("logs").resolve("shard-%a.job%A.log").toString();
	}

	/** The file a fault hook uses to fail shard {@code i} only once. */
	Path faultDone(final int i) {
		return root.resolve("markers").resolve("shard-" + i + ".fault-injected");
	}

	/** Creates the directory and its folders. */
	void create() throws IOException {
		Files.createDirectories(root.resolve("parts"));
		Files.createDirectories(root.resolve("markers"));
		Files.createDirectories(root.resolve("logs"));
	}

	/** Writes the exit marker of shard {@code i} atomically: its status and, on failure, the reason. */
	public void writeMarker(final int i, final int status, final String reason) throws IOException {
		final String text = "status=" + status + "\n" + (reason == null ? "" : "reason=" + reason.replace('\n', ' ') +
			"\n");
		WorkFiles.writeAtomically(marker(i), text.getBytes(StandardCharsets.UTF_8));
	}

	/** The status in the exit marker of shard {@code i}, or null if there is none; {@code reason[0]} gets the reason. */
	Integer readMarker(final int i, final String[] reason) {
		try {
			Integer status = null;
			for (final String line : Files.readAllLines(marker(i), StandardCharsets.UTF_8)) {
				if (line.startsWith("status=")) status = Integer.valueOf(line.substring(7).trim());
				if (line.startsWith("reason=")) reason[0] = line.substring(7);
			}
			return status;
		}
		catch (final IOException | NumberFormatException exc) {
			return null;
		}
	}

	/** Removes the part and the marker of shard {@code i} (before it is resubmitted). */
	void clear(final int i) throws IOException {
		Files.deleteIfExists(part(i));
		Files.deleteIfExists(marker(i));
	}

	/** Deletes the whole directory. */
	void delete() throws IOException {
		if (!Files.exists(root)) return;
		try (Stream<Path> all = Files.walk(root)) {
			for (final Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator)
				Files.deleteIfExists(p);
		}
	}
}

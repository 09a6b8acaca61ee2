package org.neuronmodels.cluster;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The SLURM client programs ({@code sbatch}, {@code squeue}, {@code scontrol},
 * {@code scancel}), found on a search path and run with their arguments as a
 * list — never through a shell, so options with spaces or quotes reach SLURM
 * as they are.
 */
final class Slurm {

	/** The result of one program run. */
	static final class Result {

		final int status;
		final String out, err;

		Result(final int status, final String out, final String err) {
			this.status = status;
			this.out = out;
			this.err = err;
		}

		/** The first line of stderr (or stdout), for messages. */
		String reason() {
			final String text = (err.trim().isEmpty() ? out : err).trim();
			return text.isEmpty() ? "exit status " + status : text.split("\\R")[0];
		}
	}

	private static final long TIMEOUT_SECONDS = 60;

	private final String searchPath;
	private final Map<String, String> environment;

	/** Programs found on {@code searchPath} (null: the PATH), run with {@code environment} added. */
	Slurm(final String searchPath, final Map<String, String> environment) {
		this.searchPath = searchPath != null ? searchPath : System.getenv().getOrDefault("PATH", "");
		this.environment = new HashMap<>(environment);
	}

	/** Fails naming {@code executor} if {@code sbatch} (or the other client programs) is not on the search path. */
	void requireClients() {
		for (final String program : Arrays.asList("sbatch", "squeue", "scontrol", "scancel"))
			if (find(program) == null) {
				throw new InvalidParameterException("executor", "executor = \"SLURM\" is invalid here: " + program +
					" is not on the PATH (" + searchPath + "); run on a SLURM login node, or load SLURM's module first");
			}
	}

	/** Runs {@code program} with {@code args}. */
	Result run(final String program, final List<String> args) {
		return runWithInput(program, args, null);
	}

	/** Runs {@code program} with {@code args}, writing {@code input} (if not null) to its standard input. */
	Result runWithInput(final String program, final List<String> args, final String input) {
		final Path exe = find(program);
		if (exe == null) throw new IllegalStateException(program + " is not on the PATH");
		final List<String> command = new ArrayList<>();
		command.add(exe.toString());
		command.addAll(args);
		final ProcessBuilder pb = new ProcessBuilder(command);
		pb.environment().putAll(environment);
		try {
			final Process p = pb.start();
			try (java.io.OutputStream in = p.getOutputStream()) {
				if (input != null) in.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			final ByteArrayOutputStream err = new ByteArrayOutputStream();
			final Thread drain = new Thread(() -> copy(p.getErrorStream(), err), "slurm-stderr");
			drain.setDaemon(true);
			drain.start();
			final ByteArrayOutputStream out = new ByteArrayOutputStream();
			copy(p.getInputStream(), out);
			if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return new Result(-1, "", program + " did not answer within " + TIMEOUT_SECONDS + " s");
			}
			drain.join(5000);
			return new Result(p.exitValue(), out.toString("UTF-8"), err.toString("UTF-8"));
		}
		catch (final IOException exc) {
			return new Result(-1, "", program + " could not be started: " + exc.getMessage());
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
			return new Result(-1, "", program + " was interrupted");
		}
	}

	/** The states of the array tasks of {@code jobs} that SLURM still lists: "job_task" → state; null if squeue fails. */
	Map<String, String> queued(final List<String> jobs) {
		if (jobs.isEmpty()) return new HashMap<>();
		final Result r = run("squeue", Arrays.asList("-h", "-r", "-u", System.getProperty("user.name"), "-o",
			"%F|%K|%T"));
		if (r.status != 0) return null;
		final Map<String, String> states = new HashMap<>();
		for (final String line : r.out.split("\\R")) {
			final String[] f = line.trim().split("\\|");
			if (f.length == 3 && jobs.contains(f[0]) && f[1].matches("\\d+")) states.put(f[0] + "_" + f[1], f[2]);
		}
		return states;
	}

	/** How SLURM says array task {@code job_task} ended, e.g. "CANCELLED, exit 0:15", or null if it has forgotten. */
	String ending(final String job, final int task) {
		final Result r = run("scontrol", Arrays.asList("show", "job", "-o", job + "_" + task));
		if (r.status != 0) return null;
		String state = null, exit = null;
		for (final String field : r.out.trim().split("\\s+")) {
			if (field.startsWith("JobState=")) state = field.substring(9);
			if (field.startsWith("ExitCode=")) exit = field.substring(9);
		}
		return state == null ? null : state + (exit == null ? "" : ", exit " + exit);
	}

	/** Cancels {@code jobs} (array jobs or tasks); quiet. */
	void cancel(final List<String> jobs) {
		if (!jobs.isEmpty()) run("scancel", jobs);
	}

	/** The program on the search path, or null. */
	Path find(final String program) {
		for (final String dir : searchPath.split(File.pathSeparator)) {
			if (dir.isEmpty()) continue;
			final Path p = Paths.get(dir, program);
			if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
		}
		return null;
	}

	private static void copy(final InputStream in, final ByteArrayOutputStream out) {
		try {
			final byte[] b = new byte[8192];
			for (int r; (r = in.read(b)) > 0;)
				out.write(b, 0, r);
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(exc);
		}
	}
}

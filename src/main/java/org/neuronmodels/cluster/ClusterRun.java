package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Runs a sweep as a SLURM array job: checks everything before anything is
 * written or submitted ({@code sbatch} on the PATH, the work directory,
 * {@code sbatch --test-only} with the options), writes the spec and the task
 * script, submits the shards that have no valid part yet and are not queued
 * (so a second run with the same work directory resumes or collects), then —
 * unless told not to wait — follows the tasks ({@code squeue}, exit markers,
 * parts), resubmits failed ones up to {@link SlurmSettings#retries}, cancels the
 * job ({@code scancel}) when cancelled, and returns the parts in shard order.
 */
public final class ClusterRun {

	/** What {@link #run} ended with: every part, or the submitted job (not waited for). */
	public static final class Outcome {

		private final List<ShardPart> parts;
		private final String job;
		private final String message;

		Outcome(final List<ShardPart> parts, final String job, final String message) {
			this.parts = parts;
			this.job = job;
			this.message = message;
		}

		/** Whether every part is there (else the job was only submitted). */
		public boolean complete() {
			return parts != null;
		}

		/** The parts in shard order, or null. */
		public List<ShardPart> parts() {
			return parts;
		}

		/** The job id of the last submission ("" if nothing had to be submitted). */
		public String job() {
			return job;
		}

		/** What happened, for the user. */
		public String message() {
			return message;
		}
	}

	private final SweepSpec spec;
	private final SlurmSettings settings;
	private final Consumer<String> log;
	private final Slurm slurm;
	private WorkDirectory dir;

	/** A run of {@code spec} with {@code settings}; {@code log} receives one-line reports. */
	public ClusterRun(final SweepSpec spec, final SlurmSettings settings, final Consumer<String> log) {
		this.spec = spec;
		this.settings = settings;
		this.log = log;
		this.slurm = new Slurm(settings.searchPath(), settings.taskEnvironment());
	}

	/** Checks, submits, and (if asked to wait) follows and collects; see the class description. */
	public Outcome run(final String mainClass, final ProgressMonitor monitor) {
		final Path root = settings.workDirectory();
		if (root == null) {
			throw new InvalidParameterException("workDirectory", "workDirectory is empty: executor = \"SLURM\" needs a " +
				"folder on the cluster's shared file system (the launcher's default: beside --out)");
		}
		slurm.requireClients(); // NB: after the input checks, so that bad input is named whatever the machine
		dir = new WorkDirectory(root);
		checkWritable(dir.root());
		final ShardPlan plan = spec.plan();
		final ShardPlan asked = ShardPlan.of(spec.points(), settings.shards());
		if (asked.capped()) log.accept(asked.cappedNote());
		final List<Path> classPath = ClassPath.resolve(ClusterRun.class);
		spec.runtime(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), classPath, ClassPath.sha256Cached(
			classPath), mainClass);
		final SweepSpec existing = existingSpec();
		final String script = TaskScript.text(spec, dir, settings.preamble());
		final Slurm.Result test = slurm.runWithInput("sbatch", Submission.arguments(true, "0-" + (plan.shards() - 1),
			settings.options(), "/dev/null", spec.label(), null), script);
		if (test.status != 0) {
			throw new InvalidParameterException("slurmOptions", "slurmOptions = \"" + String.join(" ", settings
				.options()) + "\" is invalid: sbatch --test-only refused the job: " + test.reason());
		}
		try {
			dir.create();
			if (existing == null) spec.write(dir.spec());
			WorkFiles.writeAtomically(dir.script(), script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			dir.script().toFile().setExecutable(true);
			final ShardTracker tracker = new ShardTracker(spec, dir, slurm, settings, log);
			final String job = tracker.submitOutstanding();
			if (!settings.waitForResult()) {
				final String message = job.isEmpty() ? "nothing to submit: every shard is done or queued (" + tracker
					.summary() + "); run again with the same workDirectory to collect" : "submitted SLURM job " + job +
						" (" + tracker.summary() + "); run again with workDirectory = " + dir.root() + " to collect";
				log.accept(message);
				return new Outcome(null, job, message);
			}
			return new Outcome(tracker.follow(monitor), job, "merged " + plan.shards() + " shards from " + dir.root());
		}
		catch (final IOException exc) {
			throw new ClusterException("cannot write the work directory " + dir.root() + ": " + exc.getMessage());
		}
	}

	/** After a successful merge: removes the work directory unless it is to be kept. */
	public void finish() {
		if (dir == null || settings.keepWorkDirectory()) return;
		try {
			dir.delete();
		}
		catch (final IOException exc) {
			log.accept("could not remove the work directory " + dir.root() + ": " + exc.getMessage());
		}
	}

	/** The work directory (after {@link #run} started). */
	public WorkDirectory workDirectory() {
		return dir;
	}

	// -- Helper methods --

	/** The spec already in the work directory (a resumed run), checked against this one; null if none. */
	private SweepSpec existingSpec() {
		if (!Files.exists(dir.spec())) return null;
		final SweepSpec old;
		try {
			old = SweepSpec.read(dir.spec());
		}
		catch (final IOException exc) {
			throw new InvalidParameterException("workDirectory", "workDirectory = " + dir.root() + " is invalid: " + exc
				.getMessage() + "; use an empty folder");
		}
		if (!old.sweepId().equals(spec.sweepId())) {
			throw new InvalidParameterException("workDirectory", "workDirectory = " + dir.root() +
				" holds another sweep (" + old.label() + ", " + old.points() + " points in " + old.shards() +
				" shards, other inputs): use another folder, or delete it");
		}
		if (old.jarSha256() == null || !old.jarSha256().equals(spec.jarSha256())) {
			throw new InvalidParameterException("workDirectory", "workDirectory = " + dir.root() +
				" holds a sweep computed by other jars (SHA-256 " + old.jarSha256() + ", this installation " + spec
					.jarSha256() + "): its parts are refused; use another folder, or delete it");
		}
		return old;
	}

	/** Fails naming workDirectory unless it (or the folder it would be created in) is a writable folder. */
	private static void checkWritable(final Path root) {
		Path p = root;
		while (p != null && !Files.exists(p))
			p = p.getParent();
		if (p == null || !Files.isDirectory(p) || !Files.isWritable(p)) {
			throw new InvalidParameterException("workDirectory", "workDirectory = " + root + " is invalid: " + (p == null
				? "no existing parent folder" : p + (Files.isDirectory(p) ? " is not writable" : " is not a folder")));
		}
	}
}

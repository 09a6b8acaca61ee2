package org.neuronmodels.cluster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/**
 * Follows the shards of a sweep in its work directory: which have a valid
 * part, which SLURM still lists ({@code squeue}), which failed (non-zero exit
 * marker, an incomplete or foreign part, or gone from the queue without a
 * marker: killed or cancelled); submits the outstanding ones and resubmits
 * failed ones up to the allowed number of retries.
 */
final class ShardTracker {

	/** Polls a task may be gone from the queue without a marker before it counts as killed (slow shared file systems). */
	private static final int GRACE_POLLS = 2;

	private final SweepSpec spec;
	private final WorkDirectory dir;
	private final Slurm slurm;
	private final SlurmSettings settings;
	private final Consumer<String> log;
	private final boolean[] done;
	private final int[] retried, missing;
	private final JobLedger ledger;
	private Map<String, String> queue;
	/** Whether the last failure was a task refusing its input or jars (status 2): resubmitting cannot help. */
	private boolean refused;

	ShardTracker(final SweepSpec spec, final WorkDirectory dir, final Slurm slurm, final SlurmSettings settings,
		final Consumer<String> log) throws IOException
	{
		this.spec = spec;
		this.dir = dir;
		this.slurm = slurm;
		this.settings = settings;
		this.log = log;
		this.done = new boolean[spec.shards()];
		this.retried = new int[spec.shards()];
		this.missing = new int[spec.shards()];
		this.ledger = JobLedger.read(dir.jobs());
	}

	/** Submits every shard without a valid part that SLURM does not list; returns the job id or "". */
	String submitOutstanding() throws IOException {
		queue = slurm.queued(ledger.jobs());
		if (queue == null && !ledger.jobs().isEmpty()) {
			throw new ClusterException("squeue failed, so it is unknown which shards of " + dir.root() +
				" are still queued: try again");
		}
		final List<Integer> todo = new ArrayList<>();
		for (int i = 0; i < done.length; i++) {
			done[i] = validPart(i);
			if (done[i] || state(i) != null) continue;
			if (java.nio.file.Files.exists(dir.part(i))) {
				try {
					checked(ShardPart.read(dir.part(i)), i);
				}
				catch (final IOException exc) {
					log.accept("refused the part of shard " + i + ": " + exc.getMessage() + "; computing it again");
				}
			}
			todo.add(i);
		}
		if (todo.size() < done.length && !ledger.jobs().isEmpty()) {
			log.accept("resuming in " + dir.root() + ": " + (done.length - todo.size()) + " of " + done.length +
				" shards done or queued; submitting " + (todo.isEmpty() ? "none" : "shards " + list(todo)));
		}
		return todo.isEmpty() ? "" : submit(todo);
	}

	/**
	 * Waits until every shard has a valid part, resubmitting failed ones; returns the parts in shard order,
	 * each read from its file when asked for (one at a time: a merge holds one part, not all).
	 */
	List<ShardPart> follow(final ProgressMonitor monitor) throws IOException {
		final Thread hook = new Thread(() -> slurm.cancel(ledger.jobs()), "neuron-models-scancel");
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			String last = "";
			while (true) {
				if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
					slurm.cancel(ledger.jobs());
					throw new SimulationCancelledException("Cancelled: SLURM job " + String.join(", ", ledger.jobs()) +
						" cancelled (scancel); the finished shards stay in " + dir.root() +
						": run again with the same workDirectory to resume");
				}
				queue = slurm.queued(ledger.jobs());
				if (queue != null) {
					poll();
					final String status = summary();
					monitor.progress(done(), done.length);
					if (!status.equals(last)) log.accept("SLURM job " + String.join(", ", ledger.jobs()) + ": " + status);
					last = status;
					if (done() == done.length) return parts();
				}
				sleep(settings.pollMillis());
			}
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (final IllegalStateException exc) {
				// the JVM is shutting down: the hook runs
			}
		}
	}

	/** "n shards: p pending, r running, d done". */
	String summary() {
		int pending = 0, running = 0;
		for (int i = 0; i < done.length; i++) {
			if (done[i]) continue;
			final String s = state(i);
			if ("PENDING".equals(s)) pending++;
			else if (s != null) running++;
		}
		return done.length + " shards: " + pending + " pending, " + running + " running, " + done() + " done";
	}

	// -- Helper methods --

	/** One look at every unfinished shard: finished, still queued, or failed (then resubmitted or fatal). */
	private void poll() throws IOException {
		final List<Integer> again = new ArrayList<>();
		final List<String> fatal = new ArrayList<>();
		for (int i = 0; i < done.length; i++) {
			if (done[i] || state(i) != null) continue;
			final String reason = failure(i);
			if (reason == null) continue;
			final String job = ledger.lastJob(i);
			final String where = "shard " + i + " of " + done.length + " (job " + job + "_" + i + ") failed: " + reason +
				"; log: " + dir.log(i, job);
			if (refused) {
				slurm.cancel(ledger.jobs());
				throw new ClusterException(where + " (refused, not resubmitted; SLURM job " + String.join(", ", ledger
					.jobs()) + " cancelled)");
			}
			if (retried[i] < settings.retries()) {
				retried[i]++;
				log.accept(where + "; resubmitting (retry " + retried[i] + " of " + settings.retries() + ")");
				again.add(i);
			}
			else fatal.add(where);
		}
		if (!fatal.isEmpty()) {
			throw new ClusterException(String.join("; ", fatal) + " — after " + settings.retries() + " retries. The " +
				"finished shards stay in " + dir.root() + ": fix the cause and run again with the same workDirectory " +
				"to resume");
		}
		if (!again.isEmpty()) submit(again);
	}

	/** Why shard {@code i} (gone from the queue) failed; null if it is done or may still write its marker. */
	private String failure(final int i) {
		refused = false;
		final String[] reason = new String[1];
		final Integer status = dir.readMarker(i, reason);
		if (status == null) {
			done[i] = validPart(i);
			if (done[i]) return null;
			if (++missing[i] <= GRACE_POLLS) return null;
			final String ending = slurm.ending(ledger.lastJob(i), i);
			return "it ended without an exit marker (" + (ending == null ? "killed or cancelled" : ending) + ")";
		}
		refused = status == ShardTask.REFUSED;
		if (status != 0) return "exit status " + status + (reason[0] == null ? "" : ": " + reason[0]);
		done[i] = validPart(i);
		if (done[i]) return null;
		try {
			checked(ShardPart.read(dir.part(i)), i);
			return "its part is missing";
		}
		catch (final IOException exc) {
			return "its part is refused: " + exc.getMessage();
		}
	}

	/** The part of shard {@code i} if it is complete and belongs to this sweep and shard, else null. */
	private boolean validPart(final int i) {
		try {
			checked(ShardPart.read(dir.part(i)), i);
			return true;
		}
		catch (final IOException exc) {
			return false;
		}
	}

	/** The parts, read from their files (and checked again) one by one as they are asked for. */
	private List<ShardPart> parts() {
		return new java.util.AbstractList<ShardPart>() {

			@Override
			public ShardPart get(final int i) {
				try {
					return checked(ShardPart.read(dir.part(i)), i);
				}
				catch (final IOException exc) {
					throw new ClusterException("the part of shard " + i + " cannot be read: " + exc.getMessage());
				}
			}

			@Override
			public int size() {
				return done.length;
			}
		};
	}

	private ShardPart checked(final ShardPart p, final int i) throws IOException {
		final ShardPlan plan = spec.plan();
		if (!p.sweepId().equals(spec.sweepId())) throw new IOException(dir.part(i) + " belongs to another sweep");
		if (p.shard() != i || p.from() != plan.from(i) || p.to() != plan.to(i)) {
			throw new IOException(dir.part(i) + " holds points " + p.from() + "–" + p.to() + ", not shard " + i + "'s");
		}
		return p;
	}

	private String submit(final List<Integer> shards) throws IOException {
		for (final int i : shards) {
			dir.clear(i);
			missing[i] = 0;
		}
		final Slurm.Result r = slurm.run("sbatch", Submission.arguments(false, list(shards), settings.options(), dir
			.logPattern(), spec.label(), dir.script()));
		final String job = r.status == 0 ? Submission.jobId(r.out) : null;
		if (job == null) throw new ClusterException("sbatch refused the job for shards " + list(shards) + ": " + r
			.reason());
		ledger.submitted(job, shards);
		ledger.write(dir.jobs());
		if (queue != null) for (final int i : shards)
			queue.put(job + "_" + i, "PENDING");
		log.accept("submitted SLURM job " + job + " for shard" + (shards.size() == 1 ? " " : "s ") + list(shards) +
			" of " + done.length + " (logs: " + dir.root().resolve("logs") + ")");
		return job;
	}

	/** The state SLURM lists for shard {@code i}'s last job, or null if it is not listed. */
	private String state(final int i) {
		final String job = ledger.lastJob(i);
		return job == null || queue == null ? null : queue.get(job + "_" + i);
	}

	private int done() {
		int d = 0;
		for (final boolean p : done)
			if (p) d++;
		return d;
	}

	static String list(final List<Integer> shards) {
		final StringBuilder s = new StringBuilder();
		for (final int i : shards)
			s.append(s.length() == 0 ? "" : ",").append(i);
		return s.toString();
	}

	private static void sleep(final long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
		}
	}
}

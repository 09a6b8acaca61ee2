package org.neuronmodels.core.network;

import java.util.function.LongConsumer;

import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/**
 * Progress of building a network, counted in synapses drawn (from any of the
 * building threads) against the expected total, and cancellation: the
 * monitor hears at most every 1 % and may stop the build. The rules find the
 * build's progress through {@link #current()} on the thread that calls them.
 */
final class BuildProgress implements LongConsumer {

	private static final ThreadLocal<BuildProgress> CURRENT = new ThreadLocal<>();
	private static final LongConsumer NONE = n -> {};

	private final ProgressMonitor monitor;
	private final long total;
	private long done, reported;

	private BuildProgress(final ProgressMonitor monitor, final double total) {
		this.monitor = monitor;
		this.total = (long) Math.max(1, Math.min(Long.MAX_VALUE / 4, total));
	}

	/** The progress of the build running on this thread, or one that ignores everything. */
	static LongConsumer current() {
		final BuildProgress p = CURRENT.get();
		return p == null ? NONE : p;
	}

	/** Builds with {@code build} on this thread, reporting to {@code monitor} against {@code total} synapses. */
	static Network run(final ProgressMonitor monitor, final double total, final java.util.function.Supplier<Network> build) {
		if (monitor == null || monitor == ProgressMonitor.NONE) return build.get();
		monitor.phase("building connectivity", Double.NaN, null);
		final BuildProgress progress = new BuildProgress(monitor, total);
		progress.accept(0); // NB: a cancelled monitor stops even a build that draws nothing (cached connectivity)
		CURRENT.set(progress);
		final Network network;
		try {
			network = build.get();
		}
		finally {
			CURRENT.remove();
		}
		progress.accept(0);
		monitor.progress(progress.total, progress.total);
		return network;
	}

	@Override
	public synchronized void accept(final long synapses) {
		done += synapses;
		if (monitor.isCancelled()) throw new SimulationCancelledException("Cancelled while building the network; " +
			"no results were kept.");
		if ((done - reported) * 100 >= total) {
			reported = done;
			monitor.progress(Math.min(done, total), total);
		}
	}
}

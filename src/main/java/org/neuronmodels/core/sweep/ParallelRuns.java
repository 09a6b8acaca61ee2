package org.neuronmodels.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/**
 * Runs independent tasks {@code 0 … count−1} on a few worker threads and
 * collects their results by index, so the result never depends on the number
 * of threads or on which thread ran what. The calling thread reports progress
 * (tasks done of all) and watches for cancellation: when the monitor asks to
 * stop (or the calling thread is interrupted), no new task starts, running
 * tasks are interrupted and see {@link ProgressMonitor#isCancelled()} turn true,
 * and a {@link SimulationCancelledException} is thrown: no partial result.
 * If tasks fail, the failure of the lowest-numbered failing task is rethrown.
 */
public final class ParallelRuns {

	/** How often the calling thread looks at progress and cancellation, in ms. */
	private static final long POLL_MS = 25;

	/** One task of a parallel run. */
	@FunctionalInterface
	public interface Task<R> {

		/** Runs task {@code index}; long loops should stop when {@code monitor.isCancelled()}. */
		R run(int index, ProgressMonitor monitor);
	}

	private ParallelRuns() {}

	/** The number of processors: the default thread count. */
	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/** Runs tasks {@code 0 … count−1} on up to {@code threads} threads; returns the results by index. */
	public static <R> List<R> run(final int count, final int threads, final Task<R> task,
		final ProgressMonitor monitor)
	{
		org.neuronmodels.core.Checks.inRange("threads", threads, 1, 10_000);
		final AtomicReferenceArray<R> results = new AtomicReferenceArray<>(count);
		final Throwable[] failures = new Throwable[count];
		final AtomicInteger next = new AtomicInteger();
		final AtomicInteger done = new AtomicInteger();
		final AtomicBoolean stop = new AtomicBoolean();
		final ProgressMonitor inner = new ProgressMonitor() {

			@Override
			public void progress(final long d, final long total) {}

			@Override
			public boolean isCancelled() {
				return stop.get() || Thread.currentThread().isInterrupted();
			}
		};
		final Runnable worker = () -> {
			while (!stop.get()) {
				final int i = next.getAndIncrement();
				if (i >= count) return;
				try {
					results.set(i, task.run(i, inner));
				}
				catch (final Throwable t) {
					synchronized (failures) {
						failures[i] = t;
					}
					stop.set(true);
					return;
				}
				done.incrementAndGet();
			}
		};
		final List<Thread> workers = new ArrayList<>();
		final ClassLoader loader = Thread.currentThread().getContextClassLoader();
		for (int w = 0; w < Math.min(threads, count); w++) {
			final Thread t = new Thread(worker, "neuron-models-sweep-" + w);
			t.setDaemon(true);
			t.setContextClassLoader(loader);
			workers.add(t);
			t.start();
		}
		boolean cancelled = false;
		long reported = -1;
		try {
			for (final Thread t : workers) {
				while (t.isAlive()) {
					t.join(POLL_MS);
					if (!cancelled && (monitor.isCancelled() || Thread.currentThread().isInterrupted())) {
						cancelled = true;
						stop.set(true);
						for (final Thread w : workers)
							w.interrupt();
					}
					final int d = done.get();
					if (d != reported) {
						monitor.progress(d, count);
						reported = d;
					}
				}
			}
		}
		catch (final InterruptedException e) {
			cancelled = true;
			stop.set(true);
			for (final Thread w : workers)
				w.interrupt();
			for (final Thread w : workers)
				joinQuietly(w);
			Thread.currentThread().interrupt();
		}
		if (cancelled) {
			throw new SimulationCancelledException("Cancelled after " + done.get() + " of " + count +
				" runs; no results were kept.");
		}
		synchronized (failures) {
			for (final Throwable t : failures) {
				if (t == null) continue;
				if (t instanceof RuntimeException) throw (RuntimeException) t;
				if (t instanceof Error) throw (Error) t;
				throw new IllegalStateException(t);
			}
		}
		monitor.progress(count, count);
		final List<R> list = new ArrayList<>(count);
		for (int i = 0; i < count; i++)
			list.add(results.get(i));
		return list;
	}

	/** Splits {@code 0 … n−1} into {@code parts} contiguous ranges; returns the {@code parts + 1} bounds. */
	public static int[] split(final int n, final int parts) {
		final int p = Math.max(1, Math.min(n, parts));
		final int[] bounds = new int[p + 1];
		for (int k = 0; k <= p; k++)
			bounds[k] = (int) ((long) n * k / p);
		return Arrays.copyOf(bounds, p + 1);
	}

	private static void joinQuietly(final Thread t) {
		try {
			t.join();
		}
		catch (final InterruptedException e) {
			// already cancelling
		}
	}
}

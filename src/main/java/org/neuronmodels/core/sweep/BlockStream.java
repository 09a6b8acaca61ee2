package org.neuronmodels.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;

/**
 * Runs independent blocks {@code 0 … count−1} on worker threads and hands
 * their results to a consumer on the calling thread <em>in block order</em>,
 * as soon as each is ready, so a run of any size keeps only a bounded window
 * of results in memory: a worker does not start block {@code b} before block
 * {@code b − window} has been consumed. The consumer sees the same results in
 * the same order at any thread count. Cancellation (the monitor, or an
 * interrupt of the calling thread) stops the workers at their next check and
 * throws {@link SimulationCancelledException}. A failing block stops the
 * blocks after it while those before it run on, and the run throws the
 * failure of the lowest failing block once every block before it has been
 * consumed: the same failure at any thread count. A failing consumer stops the run.
 */
public final class BlockStream {

	/** One block of a streamed run. */
	@FunctionalInterface
	public interface Task<R> {

		/** Computes block {@code index}; long loops should stop when {@code monitor.isCancelled()}. */
		R run(int index, ProgressMonitor monitor);
	}

	private static final long POLL_MS = 25;

	private final Object lock = new Object();
	private final Object[] window;
	private final Throwable[] failures;
	private final int count;
	private int next, consumed;
	private volatile boolean stop;
	private Throwable failure;
	private volatile int failedBlock = Integer.MAX_VALUE;

	private BlockStream(final int count, final int windowSize) {
		this.count = count;
		this.window = new Object[windowSize];
		this.failures = new Throwable[windowSize];
	}

	/**
	 * Runs {@code count} blocks on up to {@code threads} threads, giving each result to {@code consumer}
	 * in block order on this thread; progress is reported in blocks consumed.
	 */
	public static <R> void run(final int count, final int threads, final Task<R> task, final Consumer<R> consumer,
		final ProgressMonitor monitor)
	{
		Checks.inRange("threads", threads, 1, 10_000);
		if (count == 0) return;
		final int workers = Math.min(threads, count);
		new BlockStream(count, 2 * workers).drive(workers, task, consumer, monitor);
	}

	@SuppressWarnings("unchecked")
	private <R> void drive(final int workers, final Task<R> task, final Consumer<R> consumer,
		final ProgressMonitor monitor)
	{
		final List<Thread> threads = new ArrayList<>();
		final ClassLoader loader = Thread.currentThread().getContextClassLoader();
		for (int w = 0; w < workers; w++) {
			final Thread t = new Thread(() -> work(task), "neuron-models-block-" + w);
			t.setDaemon(true);
			t.setContextClassLoader(loader);
			threads.add(t);
			t.start();
		}
		boolean cancelled = false;
		try {
			while (true) {
				final Object result;
				synchronized (lock) {
					while (consumed < count && consumed != failedBlock && window[consumed % window.length] == null &&
						!monitor.isCancelled())
						lock.wait(POLL_MS);
					if (consumed == count) break;
					if (consumed == failedBlock) { // every block before it succeeded: the run's failure
						failure = failures[consumed % window.length];
						break;
					}
					if (monitor.isCancelled()) {
						cancelled = true;
						break;
					}
					final int slot = consumed % window.length;
					result = window[slot];
					window[slot] = null;
				}
				try {
					consumer.accept((R) result);
				}
				catch (final RuntimeException | Error e) {
					synchronized (lock) {
						failure = e;
					}
					break;
				}
				synchronized (lock) {
					consumed++;
					lock.notifyAll();
				}
				monitor.progress(consumed, count);
			}
		}
		catch (final InterruptedException e) {
			cancelled = true;
			Thread.currentThread().interrupt();
		}
		finally {
			stop = true;
			synchronized (lock) {
				lock.notifyAll();
			}
			for (final Thread t : threads) {
				t.interrupt();
				joinQuietly(t);
			}
		}
		synchronized (lock) {
			if (failure instanceof RuntimeException) throw (RuntimeException) failure;
			if (failure instanceof Error) throw (Error) failure;
			if (failure != null) throw new IllegalStateException(failure);
		}
		if (cancelled) {
			throw new SimulationCancelledException("Cancelled after " + consumed + " of " + count +
				" blocks; no results were kept.");
		}
	}

	private <R> void work(final Task<R> task) {
		while (!stop) {
			final int b;
			synchronized (lock) {
				while (!stop && next < count && next < failedBlock && next >= consumed + window.length)
					waitQuietly();
				if (stop || next >= count || next > failedBlock) return;
				b = next++;
			}
			final ProgressMonitor inner = new ProgressMonitor() {

				@Override
				public void progress(final long done, final long total) {}

				@Override
				public boolean isCancelled() { // NB: blocks before a failed one run on, to find the first failure
					return stop || b > failedBlock || Thread.currentThread().isInterrupted();
				}
			};
			try {
				final R r = task.run(b, inner);
				synchronized (lock) {
					window[b % window.length] = r;
					lock.notifyAll();
				}
			}
			catch (final RuntimeException | Error e) {
				synchronized (lock) {
					if (b < failedBlock && !stop) {
						failedBlock = b;
						failures[b % window.length] = e;
					}
					lock.notifyAll();
				}
			}
		}
	}

	private void waitQuietly() {
		try {
			lock.wait(POLL_MS);
		}
		catch (final InterruptedException e) {
			stop = true;
			Thread.currentThread().interrupt();
		}
	}

	private static void joinQuietly(final Thread t) {
		boolean interrupted = false;
		while (t.isAlive()) {
			try {
				t.join();
			}
			catch (final InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) Thread.currentThread().interrupt();
	}
}

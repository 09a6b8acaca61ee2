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
 * throws {@link SimulationCancelledException}; a failing block (or consumer)
 * stops the run and its exception is rethrown (the lowest failing block's).
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
	private final int count;
	private int next, consumed;
	private volatile boolean stop;
	private Throwable failure;
	private int failedBlock = Integer.MAX_VALUE;

	private BlockStream(final int count, final int windowSize) {
		this.count = count;
		this.window = new Object[windowSize];
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
		final ProgressMonitor inner = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return stop || Thread.currentThread().isInterrupted();
			}
		};
		final List<Thread> threads = new ArrayList<>();
		final ClassLoader loader = Thread.currentThread().getContextClassLoader();
		for (int w = 0; w < workers; w++) {
			final Thread t = new Thread(() -> work(task, inner), "neuron-models-block-" + w);
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
					while (consumed < count && failure == null && window[consumed % window.length] == null &&
						!monitor.isCancelled())
						lock.wait(POLL_MS);
					if (failure != null || consumed == count) break;
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
					fail(consumed, e);
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
				if (cancelled || failure != null) t.interrupt();
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

	private <R> void work(final Task<R> task, final ProgressMonitor inner) {
		while (!stop) {
			final int b;
			synchronized (lock) {
				while (!stop && next < count && next >= consumed + window.length)
					waitQuietly();
				if (stop || next >= count) return;
				b = next++;
			}
			final R r;
			try {
				r = task.run(b, inner);
			}
			catch (final RuntimeException | Error e) {
				if (!stop) fail(b, e);
				return;
			}
			synchronized (lock) {
				window[b % window.length] = r;
				lock.notifyAll();
			}
		}
	}

	private void fail(final int block, final Throwable t) {
		synchronized (lock) {
			if (block < failedBlock) {
				failedBlock = block;
				failure = t;
			}
			stop = true;
			lock.notifyAll();
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

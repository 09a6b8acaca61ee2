package org.neuronmodels.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the staging tasks of {@link OutputFolder} in parallel, all or nothing:
 * each task stages some files (target to temporary file); the staged files are
 * collected in task order, and when any task fails every file staged by the
 * others is deleted and the first failure (in task order) is rethrown.
 */
final class ParallelStaging {

	private ParallelStaging() {}

	/** Runs the tasks and puts their staged files into {@code staged}, in task order. */
	static void run(final List<Callable<Map<Path, Path>>> tasks, final Map<Path, Path> staged)
		throws IOException
	{
		final int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			for (final Callable<Map<Path, Path>> t : tasks)
				staged.putAll(call(t));
			return;
		}
		final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			final Thread t = new Thread(r, "neuron-models-output");
			t.setDaemon(true);
			return t;
		});
		try {
			final List<Future<Map<Path, Path>>> futures = new ArrayList<>();
			for (final Callable<Map<Path, Path>> t : tasks)
				futures.add(pool.submit(t));
			Throwable failure = null;
			for (final Future<Map<Path, Path>> f : futures) {
				try {
					staged.putAll(f.get());
				}
				catch (final ExecutionException exc) {
					if (failure == null) failure = exc.getCause();
				}
				catch (final InterruptedException exc) {
					Thread.currentThread().interrupt();
					if (failure == null) failure = new IOException("interrupted while writing the outputs", exc);
				}
			}
			if (failure != null) {
				staged.values().forEach(AtomicFiles::deleteQuietly);
				staged.clear();
				rethrow(failure);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static Map<Path, Path> call(final Callable<Map<Path, Path>> task) throws IOException {
		try {
			return task.call();
		}
		catch (final IOException | RuntimeException exc) {
			throw exc;
		}
		catch (final Exception exc) {
			throw new IOException(exc);
		}
	}

	private static void rethrow(final Throwable t) throws IOException {
		if (t instanceof IOException) throw (IOException) t;
		if (t instanceof RuntimeException) throw (RuntimeException) t;
		if (t instanceof Error) throw (Error) t;
		throw new IOException(t);
	}
}

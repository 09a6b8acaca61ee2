package org.neuronmodels.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The {@code --out} folder of one run, replaced as a whole and only when the
 * run is complete. {@link #open} takes an OS file lock (a second run into the
 * same folder is refused; a killed process releases it) in a hidden staging
 * folder beside it, {@code .<name>.neuron-models-staging}; the run writes into
 * {@link #files()} there, and {@link #commit()} marks it ({@value #MARKER}) and
 * renames it into place, replacing a previous run's folder (only one that
 * carries the marker: an unrelated non-empty folder is never emptied).
 * {@link #abandon()} (failure, cancel, Ctrl-C, SIGTERM) deletes the staging
 * folder: nothing is left. A staging folder left by a killed run is cleaned by
 * the next run into the same {@code --out}.
 */
public final class RunFolder implements AutoCloseable {

	/** Another run holds the lock of the same {@code --out}. */
	public static final class InUseException extends IOException {

		private static final long serialVersionUID = 1L;

		InUseException(final String message) {
			super(message);
		}
	}

	/** The file that marks a folder as written by a Neuron Models run. */
	public static final String MARKER = ".neuron-models-run";

	private final Path out, staging, files;
	private final FileChannel channel;
	private final FileLock lock;
	private boolean committed, closed;

	private RunFolder(final Path out, final Path staging, final FileChannel channel, final FileLock lock)
		throws IOException
	{
		this.out = out;
		this.staging = staging;
		this.channel = channel;
		this.lock = lock;
		this.files = Files.createDirectories(staging.resolve("run"));
	}

	/**
	 * Opens the run folder for {@code out}; fails with a message for the user
	 * if {@code out} is a file, a non-empty folder without the marker, or in use
	 * by another run.
	 */
	public static RunFolder open(final Path dir) throws IOException {
		final Path out = dir.toAbsolutePath().normalize();
		check(out);
		final Path parent = Files.createDirectories(out.getParent());
		final Path staging = parent.resolve("." + out.getFileName() + ".neuron-models-staging");
		Files.createDirectories(staging);
		final Path lockFile = staging.resolve("lock");
		final FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock = null;
		try {
			lock = channel.tryLock();
			if (lock == null || !Files.exists(lockFile)) {
				throw new InUseException("another Neuron Models run is writing to " + dir + " right now; wait for it to " +
					"finish or choose another --out");
			}
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
			try (Stream<Path> left = Files.list(staging)) { // a killed run's leftovers
				for (final Path p : (Iterable<Path>) left::iterator)
					if (!p.equals(lockFile)) deleteTree(p);
			}
			check(out); // NB: again, now that no other run can change it
			return new RunFolder(out, staging, channel, lock);
		}
		catch (final IOException | RuntimeException e) {
			if (lock != null) deleteTree(staging);
			channel.close();
			throw e;
		}
	}

	/** The folder the run writes its files into (renamed to {@code --out} by {@link #commit()}). */
	public Path files() {
		return files;
	}

	/** The {@code --out} folder. */
	public Path out() {
		return out;
	}

	/** Marks the written files as a run and moves them into place as {@code --out}, replacing a previous run. */
	public synchronized void commit() throws IOException {
		if (closed) throw new IOException("the run was abandoned; nothing was written to " + out);
		Files.write(files.resolve(MARKER), ("Written by a Neuron Models run; a later run into this folder " +
			"replaces it as a whole.\n").getBytes(StandardCharsets.UTF_8));
		check(out);
		final Path old = staging.resolve("previous");
		if (Files.exists(out)) move(out, old);
		move(files, out);
		committed = true;
		close();
	}

	/** Deletes everything this run staged, leaving {@code --out} as it was; idempotent. */
	public synchronized void abandon() {
		close();
	}

	/** Whether {@link #commit()} completed. */
	public synchronized boolean isCommitted() {
		return committed;
	}

	/** Releases the lock and deletes the staging folder (with anything not committed). */
	@Override
	public synchronized void close() {
		if (closed) return;
		closed = true;
		deleteTree(staging);
		try {
			lock.release();
			channel.close();
		}
		catch (final IOException e) {
			// the lock goes with the process anyway
		}
	}

	/** Fails unless {@code out} is missing, empty, or a previous run's folder. */
	private static void check(final Path out) throws IOException {
		if (!Files.exists(out)) return;
		if (!Files.isDirectory(out)) throw new IOException("--out " + out + " exists and is not a directory");
		if (Files.exists(out.resolve(MARKER))) return;
		try (Stream<Path> s = Files.list(out)) {
			if (s.findAny().isPresent()) {
				throw new IOException("--out " + out + " is a non-empty folder not written by a Neuron Models run " +
					"(no " + MARKER + " file); nothing was changed: choose a new or empty folder");
			}
		}
	}

	private static void move(final Path from, final Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (final AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/** Deletes a file or folder tree, ignoring errors. */
	static void deleteTree(final Path root) {
		if (!Files.exists(root)) return;
		try (Stream<Path> s = Files.walk(root)) {
			s.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
		}
		catch (final IOException | RuntimeException e) {
			// best effort: what cannot be deleted is left
		}
	}
}

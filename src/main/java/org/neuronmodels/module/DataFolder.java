package org.neuronmodels.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Where the current run may stream big data files while it computes: the
 * staging folder of the launcher's {@code --out} (set by the launcher for the
 * duration of a command run; renamed into place with the other outputs when
 * the run completes, deleted when it fails or is cancelled), or, for a command
 * run with Fiji's {@code outputFolder} input, a hidden folder beside that
 * folder ({@link #beside}; current on the command's thread only), from which
 * the output writer moves the streamed files into place. Null when there is no
 * such folder (Fiji or a script without an output folder, a run without
 * {@code --out}): a command then keeps only what is bounded (summaries, charts,
 * tables of at most 10⁶ rows) and says in its log where the full data would go.
 */
public final class DataFolder {

	private static volatile Path current;
	private static final ThreadLocal<Path> OWN = new ThreadLocal<>();

	/** A data folder of one command run on one thread: removed, with anything left in it, on close. */
	public static final class Scope implements AutoCloseable {

		private final Path folder;

		private Scope(final Path folder) {
			this.folder = folder;
		}

		/** The folder. */
		public Path folder() {
			return folder;
		}

		@Override
		public void close() {
			OWN.remove();
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
			catch (final IOException | RuntimeException e) {
				// best effort: a hidden temporary folder left behind does no harm
			}
		}
	}

	private DataFolder() {}

	/** The current run's data folder (this thread's own first), or null. */
	public static Path current() {
		final Path own = OWN.get();
		return own != null ? own : current;
	}

	/** Sets (or with null clears) the current run's data folder. */
	public static void set(final Path folder) {
		current = folder;
	}

	/**
	 * A new hidden data folder beside {@code outputFolder} (on the same file system, so that streamed files
	 * are moved, not copied, into the output folder), current on this thread until the scope is closed.
	 */
	public static Scope beside(final Path outputFolder) {
		final Path out = outputFolder.toAbsolutePath().normalize();
		final Path parent = out.getParent() == null ? out : out.getParent();
		try {
			final Scope scope = new Scope(Files.createTempDirectory(parent, "." + out.getFileName() + ".data-"));
			OWN.set(scope.folder);
			return scope;
		}
		catch (final IOException | RuntimeException e) {
			throw new InvalidParameterException("outputFolder", "outputFolder = " + outputFolder + ": cannot create " +
				"a data folder beside it: " + e.getMessage());
		}
	}
}

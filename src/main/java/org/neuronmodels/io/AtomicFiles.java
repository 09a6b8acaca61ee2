package org.neuronmodels.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Atomic file writing: content goes to a hidden temporary file in the target's
 * directory and is then moved onto the target in one step, so a reader never
 * sees a half-written file.
 */
public final class AtomicFiles {

	/** Writes the content of a file to an open stream. */
	@FunctionalInterface
	public interface StreamBody {

		/** Writes the content to {@code out}. */
		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes a file to the given path (a temporary file path). */
	@FunctionalInterface
	public interface PathBody {

		/** Writes the content to the file {@code temp}. */
		void writeTo(Path temp) throws IOException;
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private AtomicFiles() {}

	/** Writes {@code target} atomically with the content produced by {@code body}. */
	public static void write(final Path target, final StreamBody body)
		throws IOException
	{
		commit(stage(target, body), target);
	}

	/** Writes the content to a temporary file beside {@code target} and returns that file. */
	public static Path stage(final Path target, final StreamBody body)
		throws IOException
	{
		return stagePath(target, temp -> {
			try (OutputStream out = Files.newOutputStream(temp)) {
				body.writeTo(out);
			}
		});
	}

	/** Lets {@code body} write a temporary file beside {@code target} and returns that file. */
	public static Path stagePath(final Path target, final PathBody body)
		throws IOException
	{
		final Path temp = tempFor(target);
		try {
			body.writeTo(temp);
			return temp;
		}
		catch (final IOException | RuntimeException | Error exc) {
			deleteQuietly(temp);
			throw exc;
		}
	}

	/** Moves a staged temporary file onto {@code target}, replacing it atomically. */
	public static void commit(final Path temp, final Path target)
		throws IOException
	{
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final AtomicMoveNotSupportedException exc) {
			// NB: only on file systems without atomic rename (never within one dir on POSIX).
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes a file if it exists, ignoring errors. */
	public static void deleteQuietly(final Path path) {
		if (path == null) return;
		try {
			Files.deleteIfExists(path);
		}
		catch (final IOException exc) {
			// nothing more can be done
		}
	}

	/** Creates an empty hidden temporary file in the directory of {@code target}. */
	static Path tempFor(final Path target) throws IOException {
		final Path abs = target.toAbsolutePath();
		final Path dir = abs.getParent();
		final String name = abs.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		// keep the extension last: some writers choose the format by it
		final String suffix = dot > 0 ? ".tmp" + name.substring(dot) : ".tmp";
		while (true) {
			final String random = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
			try {
				// NB: not createTempFile, whose owner-only permissions would stick
				return Files.createFile(dir.resolve("." + name + "." + random + suffix));
			}
			catch (final FileAlreadyExistsException exc) {
				// try another name
			}
		}
	}
}

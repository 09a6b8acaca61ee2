package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files of the work directory, written atomically (a temporary file renamed in one step). */
final class WorkFiles {

	private WorkFiles() {}

	/** Writes {@code bytes} to {@code target} atomically: readers see the old file or the whole new one. */
	static void writeAtomically(final Path target, final byte[] bytes) throws IOException {
		final Path dir = target.toAbsolutePath().getParent();
		final Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temp, bytes);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (final AtomicMoveNotSupportedException exc) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}
}

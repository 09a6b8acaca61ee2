package org.neuronmodels.cluster;

import java.io.IOException;
import java.nio.file.Path;

import org.neuronmodels.io.AtomicFiles;

/** Files of the work directory, written atomically (a temporary file renamed in one step, {@link AtomicFiles}). */
final class WorkFiles {

	private WorkFiles() {}

	/** Writes {@code bytes} to {@code target} atomically: readers see the old file or the whole new one. */
	static void writeAtomically(final Path target, final byte[] bytes) throws IOException {
		AtomicFiles.write(target, out -> out.write(bytes));
	}
}

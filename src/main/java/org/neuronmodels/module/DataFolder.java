package org.neuronmodels.module;

import java.nio.file.Path;

/**
 * Where the current run may stream big data files while it computes: the
 * staging folder of the launcher's {@code --out} (set by the launcher for the
 * duration of a command run; renamed into place with the other outputs when
 * the run completes, deleted when it fails or is cancelled). Null when there
 * is no such folder (Fiji, a run without {@code --out}): a command then keeps
 * only what fits in memory (bounded summaries, tables of at most 10⁶ rows).
 */
public final class DataFolder {

	private static volatile Path current;

	private DataFolder() {}

	/** The current run's data folder, or null. */
	public static Path current() {
		return current;
	}

	/** Sets (or with null clears) the current run's data folder. */
	public static void set(final Path folder) {
		current = folder;
	}
}

package org.neuronmodels.core.record;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file a run wrote while it computed (rows streamed to a temporary
 * file in the run's staging folder, never held in memory): the output folder
 * moves it into place with the run's other files, all or nothing; a failed or
 * cancelled run discards it with its staging folder.
 */
public interface StagedData {

	/** The file's name in the output folder, e.g. {@code table.csv}. */
	String fileName();

	/** The number of data rows written. */
	long rows();

	/** Finishes the file and moves it onto {@code temp} (a temporary file beside its final place). */
	void moveTo(Path temp) throws IOException;
}

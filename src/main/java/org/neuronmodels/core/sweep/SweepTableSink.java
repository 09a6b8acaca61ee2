package org.neuronmodels.core.sweep;

import org.neuronmodels.core.record.StagedData;

/** The rows of a streamed sweep written to a data file as the blocks come (one row per grid point). */
public interface SweepTableSink extends StagedData {

	/**
	 * Appends one row per point of {@code part} (a {@link SweepGrid#part} of the whole grid, the parts in
	 * point order): the swept values (units {@code unit1}, {@code unit2}), then every scalar output.
	 */
	void rows(SweepResult part, String unit1, String unit2);
}

package org.neuronmodels.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.core.sweep.SweepTableSink;

/** A sweep table file that records its calls (offset and size of each part) and one column's values. */
public final class RecordingSweepTable implements SweepTableSink {

	/** {offset, size} of each call, in call order. */
	public final List<int[]> calls = new ArrayList<>();
	/** The recorded column, in row order. */
	public final List<Double> values = new ArrayList<>();
	private final String column;

	/** Records the column {@code column} (an output name, e.g. firingRate). */
	public RecordingSweepTable(final String column) {
		this.column = column;
	}

	@Override
	public void rows(final SweepResult part, final String unit1, final String unit2) {
		calls.add(new int[] { part.grid().offset(), part.grid().size() });
		for (final double v : part.values(column))
			values.add(v);
	}

	@Override
	public String fileName() {
		return "table.csv";
	}

	@Override
	public long rows() {
		return values.size();
	}

	@Override
	public void moveTo(final Path temp) {}
}

package org.neuronmodels.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.core.sweep.SweepTableSink;
import org.neuronmodels.table.SweepTables;

/**
 * The table of a streamed Parameter Sweep, written block by block to a hidden
 * temporary file in the run's staging folder (the columns of the in-memory
 * table: the swept inputs, then every scalar output, units in the headers),
 * then moved into place by {@link OutputFolder} with the run's other files. A
 * failed or cancelled run leaves it in the staging folder, which is deleted.
 */
public final class SweepTableFile extends StagedCsvFile implements SweepTableSink {

	private final StringBuilder line = new StringBuilder(128);

	/** A table {@code fileName} in {@code folder}. */
	public SweepTableFile(final Path folder, final String fileName) throws IOException {
		super(folder, fileName);
	}

	@Override
	public void rows(final SweepResult part, final String unit1, final String unit2) {
		final SweepGrid grid = part.grid();
		if (grid.offset() != rows) throw new IllegalStateException("rows from " + grid.offset() + " after " + rows);
		final String[] names = part.names();
		final double[][] columns = new double[names.length][];
		for (int c = 0; c < names.length; c++)
			columns[c] = part.values(names[c]);
		try {
			if (rows == 0) header(part, unit1, unit2);
			for (int p = 0; p < grid.size(); p++) {
				line.setLength(0);
				line.append(CsvFiles.number(grid.value1(p)));
				if (grid.axis2() != null) line.append(',').append(CsvFiles.number(grid.value2(p)));
				for (final double[] column : columns)
					line.append(',').append(CsvFiles.number(column[p]));
				line.append('\n');
				out.append(line);
			}
		}
		catch (final IOException e) {
			throw new UncheckedIOException("cannot write " + fileName() + ": " + e.getMessage(), e);
		}
		rows += grid.size();
	}

	private void header(final SweepResult part, final String unit1, final String unit2) throws IOException {
		final SweepGrid grid = part.grid();
		final List<Object> header = new ArrayList<>();
		header.add(SweepTables.header(grid.axis1().parameter(), unit1));
		if (grid.axis2() != null) header.add(SweepTables.header(grid.axis2().parameter(), unit2));
		final String[] names = part.names(), units = part.units();
		for (int c = 0; c < names.length; c++)
			header.add(SweepTables.header(names[c], units[c]));
		header(header);
	}
}

package org.neuronmodels.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.sweep.FiRates;
import org.neuronmodels.core.sweep.FiTableSink;

/**
 * The table of a streamed f–I run, written row block by row block to a hidden
 * temporary file in the run's staging folder as the blocks complete (the
 * columns and number format of the in-memory table's CSV: current, spikes,
 * rate, interpolated rate if asked, theory if the model has it), then moved
 * into place by {@link OutputFolder} with the run's other files. A failed or
 * cancelled run leaves it in the staging folder, which is deleted.
 */
public final class FiTableFile extends StagedCsvFile implements FiTableSink {

	private final boolean interpolated, theory;
	private final StringBuilder line = new StringBuilder(128);

	/** A table {@code fileName} in {@code folder} for currents in {@code unit}, with the optional columns asked. */
	public FiTableFile(final Path folder, final String fileName, final String unit, final boolean interpolated,
		final boolean theory) throws IOException
	{
		super(folder, fileName);
		this.interpolated = interpolated;
		this.theory = theory;
		final List<Object> header = new ArrayList<>();
		header.add("Current (" + unit + ")");
		header.add("Spikes");
		header.add("Rate (Hz)");
		if (interpolated) header.add("Interpolated rate (Hz)");
		if (theory) header.add("Theory (Hz)");
		header(header);
	}

	@Override
	public void rows(final long first, final double[] currents, final FiRates rates, final double[] theoryRates) {
		if (first != rows) throw new IllegalStateException("rows from " + first + " after " + rows + " rows");
		final double[] r = rates.rates(), ir = rates.interpolatedRates();
		final int[] spikes = rates.spikeCounts();
		try {
			for (int i = 0; i < currents.length; i++) {
				line.setLength(0);
				line.append(CsvFiles.number(currents[i])).append(',').append(spikes[i]).append(',').append(CsvFiles
					.number(r[i]));
				if (interpolated) line.append(',').append(CsvFiles.number(ir[i]));
				if (theory) line.append(',').append(CsvFiles.number(theoryRates[i]));
				line.append('\n');
				out.append(line);
			}
		}
		catch (final IOException e) {
			throw new UncheckedIOException("cannot write " + fileName() + ": " + e.getMessage(), e);
		}
		rows += currents.length;
	}
}

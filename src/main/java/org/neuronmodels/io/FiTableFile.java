package org.neuronmodels.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
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
public final class FiTableFile implements FiTableSink {

	private final String fileName;
	private final Path file;
	private final Writer out;
	private final boolean interpolated, theory;
	private final StringBuilder line = new StringBuilder(128);
	private long rows;
	private boolean closed;

	/** A table {@code fileName} in {@code folder} for currents in {@code unit}, with the optional columns asked. */
	public FiTableFile(final Path folder, final String fileName, final String unit, final boolean interpolated,
		final boolean theory) throws IOException
	{
		this.fileName = fileName;
		this.interpolated = interpolated;
		this.theory = theory;
		this.file = AtomicFiles.tempFor(folder.resolve(fileName));
		this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
		final List<Object> header = new ArrayList<>();
		header.add("Current (" + unit + ")");
		header.add("Spikes");
		header.add("Rate (Hz)");
		if (interpolated) header.add("Interpolated rate (Hz)");
		if (theory) header.add("Theory (Hz)");
		final CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
		csv.printRecord(header);
		csv.flush();
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
			throw new UncheckedIOException("cannot write " + fileName + ": " + e.getMessage(), e);
		}
		rows += currents.length;
	}

	@Override
	public String fileName() {
		return fileName;
	}

	@Override
	public long rows() {
		return rows;
	}

	@Override
	public synchronized void moveTo(final Path temp) throws IOException {
		if (!closed) {
			out.close();
			closed = true;
		}
		Files.move(file, temp, StandardCopyOption.REPLACE_EXISTING);
	}
}

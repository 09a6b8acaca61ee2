package org.neuronmodels.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.neuronmodels.core.record.StagedData;

/**
 * A CSV table streamed row block by row block to a hidden temporary file in a
 * run's staging folder, then moved into place by {@link OutputFolder} with the
 * run's other files; a failed or cancelled run leaves it in the staging folder,
 * which is deleted.
 */
abstract class StagedCsvFile implements StagedData {

	private final String fileName;
	private final Path file;
	/** Where subclasses write their rows. */
	final Writer out;
	/** Subclasses count the data rows they write. */
	long rows;
	private boolean closed;

	StagedCsvFile(final Path folder, final String fileName) throws IOException {
		this.fileName = fileName;
		this.file = AtomicFiles.tempFor(folder.resolve(fileName));
		this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
	}

	/** Writes the header line. */
	final void header(final List<Object> header) throws IOException {
		final CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
		csv.printRecord(header);
		csv.flush();
	}

	@Override
	public final String fileName() {
		return fileName;
	}

	@Override
	public final long rows() {
		return rows;
	}

	@Override
	public final synchronized void moveTo(final Path temp) throws IOException {
		if (!closed) {
			out.close();
			closed = true;
		}
		Files.move(file, temp, StandardCopyOption.REPLACE_EXISTING);
	}
}

package org.neuronmodels.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import ij.measure.ResultsTable;

/**
 * Writes CSV through Apache Commons CSV: ImageJ {@link ResultsTable}s and
 * numeric rows (RFC 4180: comma separated, one
 * header line, text quoted when needed). Numbers are written in Java's
 * shortest round-trip form; whole numbers without a decimal point.
 */
public final class CsvFiles {

	/** RFC 4180 with "\n" line ends: text quoted only when needed. */
	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setQuoteMode(
		QuoteMode.MINIMAL).build();

	private CsvFiles() {}

	/** Saves the table (atomically) as a CSV file at {@code path}. */
	public static void save(final ResultsTable table, final Path path)
		throws IOException
	{
		AtomicFiles.write(path, out -> write(table, out));
	}

	/** Writes the table as UTF-8 CSV to {@code out} (the stream is flushed, not closed). */
	public static void write(final ResultsTable table, final OutputStream out)
		throws IOException
	{
		final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write(toCsv(table));
		w.flush();
	}

	/** The table as CSV text: a header line, then one line per row. */
	public static String toCsv(final ResultsTable table) {
		final boolean labels = hasLabels(table);
		final int last = table.getLastColumn();
		final StringBuilder sb = new StringBuilder();
		try (CSVPrinter csv = new CSVPrinter(sb, FORMAT)) {
			final List<Object> header = new ArrayList<>();
			if (labels) header.add("Label");
			for (int c = 0; c <= last; c++)
				if (table.columnExists(c)) header.add(table.getColumnHeading(c));
			csv.printRecord(header);
			for (int row = 0; row < table.size(); row++) {
				final List<Object> cells = new ArrayList<>();
				if (labels) {
					final String label = table.getLabel(row);
					cells.add(label == null ? "" : label);
				}
				for (int c = 0; c <= last; c++)
					if (table.columnExists(c)) cells.add(cell(table, c, row));
				csv.printRecord(cells);
			}
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(exc); // NB: a StringBuilder never fails
		}
		return sb.toString();
	}

	/** The records as CSV text, one line each: Doubles and Floats via {@link #number}, the rest as text. */
	public static String toCsv(final List<? extends List<?>> records) {
		final StringBuilder sb = new StringBuilder();
		try (CSVPrinter csv = new CSVPrinter(sb, FORMAT)) {
			for (final List<?> record : records) {
				final List<Object> cells = new ArrayList<>(record.size());
				for (final Object v : record)
					cells.add(v instanceof Double || v instanceof Float ? number(((Number) v).doubleValue()) : v);
				csv.printRecord(cells);
			}
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(exc); // NB: a StringBuilder never fails
		}
		return sb.toString();
	}

	/** Formats a number: whole numbers as integers, others in shortest round-trip form. */
	public static String number(final double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
		return Double.toString(v);
	}

	// -- Helper methods --

	private static boolean hasLabels(final ResultsTable table) {
		for (int row = 0; row < table.size(); row++) {
			if (table.getLabel(row) != null) return true;
		}
		return false;
	}

	private static String cell(final ResultsTable table, final int column,
		final int row)
	{
		final double v = table.getValueAsDouble(column, row);
		if (!Double.isNaN(v)) return number(v);
		final String s = table.getStringValue(column, row);
		return s == null ? "NaN" : s; // the printer quotes text when needed
	}
}

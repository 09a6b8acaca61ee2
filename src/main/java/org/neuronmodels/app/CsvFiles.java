package org.neuronmodels.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import ij.measure.ResultsTable;

/**
 * Saves ImageJ {@link ResultsTable}s as CSV (RFC 4180: comma separated, one
 * header line, text quoted when needed). Numbers are written in Java's
 * shortest round-trip form; whole numbers without a decimal point.
 */
public final class CsvFiles {

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
		String sep = "";
		if (labels) {
			sb.append("Label");
			sep = ",";
		}
		for (int c = 0; c <= last; c++) {
			if (!table.columnExists(c)) continue;
			sb.append(sep).append(quote(table.getColumnHeading(c)));
			sep = ",";
		}
		sb.append('\n');
		for (int row = 0; row < table.size(); row++) {
			sep = "";
			if (labels) {
				final String label = table.getLabel(row);
				sb.append(quote(label == null ? "" : label));
				sep = ",";
			}
			for (int c = 0; c <= last; c++) {
				if (!table.columnExists(c)) continue;
				sb.append(sep).append(cell(table, c, row));
				sep = ",";
			}
			sb.append('\n');
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
		if (s == null) return "NaN";
		try {
			Double.parseDouble(s);
			return s; // NaN, or a number stored as text
		}
		catch (final NumberFormatException exc) {
			return quote(s);
		}
	}

	private static String quote(final String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 &&
			s.indexOf('\r') < 0) return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}
}

package org.neuronmodels.core.stimulus;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Reads numeric columns of a small CSV file (UTF-8) through Apache Commons CSV
 * (a plain parsing library, allowed in core: see ARCHITECTURE.md). The
 * separator is the first of tab, {@code ;} and {@code ,} found in the first
 * non-blank line; blank lines are skipped; cells are trimmed and may be quoted
 * (RFC 4180). The first non-blank line is a header when one of its cells is
 * not a number. Every row must have as many cells as the first. Every problem
 * is an {@link InvalidParameterException} naming the file, the line (1-based)
 * and the column.
 */
final class CsvColumns {

	private CsvColumns() {}

	/** A column chosen by header name or by 0-based index, with the parameter that chose it. */
	static final class Column {

		final String parameter;
		final String name;
		final int index;

		private Column(final String parameter, final String name, final int index) {
			this.parameter = parameter;
			this.name = name;
			this.index = index;
		}

		/** The column with header {@code name}; blank selects the only column of a one-column file. */
		static Column named(final String parameter, final String name) {
			return new Column(parameter, name == null ? "" : name.trim(), -1);
		}

		/** The column at 0-based {@code index}. */
		static Column at(final String parameter, final int index) {
			if (index < 0) Checks.inRange(parameter, index, 0, Integer.MAX_VALUE);
			return new Column(parameter, null, index);
		}
	}

	/** The parsed values (and times, if a time column was asked for) with their line numbers. */
	static final class Parsed {

		final Path file;
		final String valueLabel, timeLabel;
		final double[] values, times;
		final int[] lines;

		Parsed(final Path file, final String valueLabel, final String timeLabel, final double[] values,
			final double[] times, final int[] lines)
		{
			this.file = file;
			this.valueLabel = valueLabel;
			this.timeLabel = timeLabel;
			this.values = values;
			this.times = times;
			this.lines = lines;
		}

		/** These values, after failing (with file, line and column) unless each is within [lo, hi] {@code unit}. */
		Parsed within(final double lo, final double hi, final String unit) {
			for (int i = 0; i < values.length; i++)
				if (!(values[i] >= lo && values[i] <= hi)) {
					throw new InvalidParameterException("file", file + ": line " + lines[i] + ", column " + valueLabel +
						": " + Checks.fmt(values[i]) + (unit.isEmpty() ? "" : " " + unit) + " is outside the physical " +
						"range " + Checks.fmt(lo) + " to " + Checks.fmt(hi) + (unit.isEmpty() ? "" : " " + unit));
				}
			return this;
		}

		/** The values held for {@code sampleDt} ms each, from t = 0. */
		TableStimulus holdEvery(final double sampleDt) {
			return new TableStimulus(values, sampleDt, 0, "column " + valueLabel + " of " + file.getFileName());
		}

		/** The values held from each time of the (uniformly spaced) time column. */
		TableStimulus holdAtTimes() {
			final int n = times.length;
			if (n < 2) {
				throw new InvalidParameterException("timeColumn", file + ": column " + timeLabel +
					" needs at least 2 rows to give the time step; found " + n);
			}
			final double step = (times[n - 1] - times[0]) / (n - 1);
			if (!(step > 0)) {
				throw new InvalidParameterException("timeColumn", file + ": column " + timeLabel + " must increase, from"
					+ " line " + lines[0] + " (t = " + Checks.fmt(times[0]) + " ms) to line " + lines[n - 1] + " (t = " +
					Checks.fmt(times[n - 1]) + " ms)");
			}
			for (int i = 1; i < n; i++) {
				final double expected = times[0] + i * step;
				if (Math.abs(times[i] - expected) > 1e-3 * step) {
					throw new InvalidParameterException("timeColumn", file + ": line " + lines[i] + ", column " +
						timeLabel + ": t = " + Checks.fmt(times[i]) + " ms breaks the uniform spacing of the time column" +
						" (expected " + Checks.fmt(expected) + " ms for a step of " + Checks.fmt(step) + " ms)");
				}
			}
			return new TableStimulus(values, step, times[0], "column " + valueLabel + " of " + file.getFileName());
		}
	}

	/** Reads {@code value} (and {@code time} unless null) from {@code file}. */
	static Parsed read(final Path file, final Column value, final Column time) {
		final List<CsvRows.Row> rows = CsvRows.read(file);
		if (rows.isEmpty()) throw new InvalidParameterException("file", "file " + file + " is empty");
		if (rows.get(0).error != null) throw rows.get(0).error;
		final CsvRows.Row firstRow = rows.get(0);
		final String[] first = firstRow.cells;
		boolean header = false;
		for (final String cell : first)
			header |= Double.isNaN(number(cell));
		final int v = resolve(file, value, first, header);
		final int t = time == null ? -1 : resolve(file, time, first, header);
		final String valueLabel = label(v, first, header);
		final String timeLabel = time == null ? null : label(t, first, header);
		final int start = header ? 1 : 0;
		final int n = rows.size() - start;
		if (n == 0) throw new InvalidParameterException("file", "file " + file + " has a header but no data rows");
		final double[] values = new double[n], times = new double[time == null ? 0 : n];
		final int[] lineNumbers = new int[n];
		for (int i = 0; i < n; i++) {
			final CsvRows.Row row = rows.get(start + i);
			if (row.error != null) throw row.error;
			checkWidth(file, row, firstRow, first, header);
			values[i] = cell(file, row.line, row.cells, v, valueLabel);
			if (time != null) times[i] = cell(file, row.line, row.cells, t, timeLabel);
			lineNumbers[i] = row.line;
		}
		return new Parsed(file, valueLabel, timeLabel, values, times, lineNumbers);
	}

	/** Reads {@code value} from {@code file}. */
	static Parsed read(final Path file, final Column value) {
		return read(file, value, null);
	}

	/** A row must have as many cells as the first one: else the error names the first missing or extra column. */
	private static void checkWidth(final Path file, final CsvRows.Row row, final CsvRows.Row firstRow, final String[] first,
		final boolean header)
	{
		final int n = row.cells.length, m = first.length;
		if (n == m) return;
		final String what = n < m ? "column " + label(n, first, header) + " is missing" : "column " + m +
			" (0-based) is extra";
		throw new InvalidParameterException("file", file + ": line " + row.line + " has " + n + " cell" + (n == 1 ? ""
			: "s") + " where line " + firstRow.line + " has " + m + ": " + what);
	}

	/** The finite number in {@code cell}, or NaN if it is not one. */
	private static double number(final String cell) {
		if (cell.isEmpty()) return Double.NaN;
		final char last = cell.charAt(cell.length() - 1);
		if (!(Character.isDigit(last) || last == '.')) return Double.NaN;
		try {
			final double x = Double.parseDouble(cell);
			return Double.isFinite(x) ? x : Double.NaN;
		}
		catch (final NumberFormatException e) {
			return Double.NaN;
		}
	}

	private static double cell(final Path file, final int line, final String[] cells, final int index,
		final String label)
	{
		if (index >= cells.length) {
			throw new InvalidParameterException("file", file + ": line " + line + " has no column " + label +
				" (only " + cells.length + " cell" + (cells.length == 1 ? "" : "s") + ")");
		}
		final double x = number(cells[index]);
		if (Double.isNaN(x)) {
			throw new InvalidParameterException("file", file + ": line " + line + ", column " + label + ": \"" +
				cells[index] + "\" is not a finite number");
		}
		return x;
	}

	private static int resolve(final Path file, final Column column, final String[] first, final boolean header) {
		if (column.name == null) {
			if (column.index >= first.length) {
				throw new InvalidParameterException(column.parameter, column.parameter + " = " + column.index +
					" is invalid: file " + file + " has " + first.length + " column(s), 0-based indices 0 to " +
					(first.length - 1));
			}
			return column.index;
		}
		if (column.name.isEmpty()) {
			if (first.length == 1) return 0;
			throw new InvalidParameterException(column.parameter, column.parameter + " is empty: file " + file +
				" has " + first.length + " columns" + (header ? " (" + String.join(", ", first) + ")" : "") +
				"; name one");
		}
		if (!header) {
			throw new InvalidParameterException(column.parameter, column.parameter + " = \"" + column.name +
				"\" cannot be found: file " + file + " has no header row; give a 0-based column index instead");
		}
		for (int pass = 0; pass < 2; pass++)
			for (int i = 0; i < first.length; i++)
				if (pass == 0 ? first[i].equals(column.name) : first[i].equalsIgnoreCase(column.name)) return i;
		throw new InvalidParameterException(column.parameter, column.parameter + " = \"" + column.name +
			"\" is not a column of file " + file + "; its columns are: " + String.join(", ", first));
	}

	private static String label(final int index, final String[] first, final boolean header) {
		return header ? "'" + first[index] + "'" : index + " (0-based)";
	}
}

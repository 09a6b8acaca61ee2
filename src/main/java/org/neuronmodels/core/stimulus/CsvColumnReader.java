package org.neuronmodels.core.stimulus;

import java.nio.file.Path;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Reads one numeric column of a CSV file (the rules of the stimulus tables:
 * UTF-8, separator tab, {@code ;} or {@code ,}, optional header row) for
 * commands that take data files, naming errors after their own fields.
 */
public final class CsvColumnReader {

	private CsvColumnReader() {}

	/**
	 * The values of column {@code column} (header name; blank: the only column)
	 * of {@code file}. Errors about the file name {@code fileField}, errors
	 * about the column name {@code columnField}.
	 */
	public static double[] read(final Path file, final String column, final String fileField,
		final String columnField)
	{
		return read(file, column, fileField, columnField, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
	}

	/**
	 * The same, failing with the file, line and column unless every value is
	 * within the physical range [{@code lo}, {@code hi}] {@code unit}.
	 */
	public static double[] read(final Path file, final String column, final String fileField,
		final String columnField, final double lo, final double hi, final String unit)
	{
		if (file == null) throw new InvalidParameterException(fileField, fileField + " is missing: give a CSV file");
		try {
			return CsvColumns.read(file, CsvColumns.Column.named("column", column)).within(lo, hi, unit).values;
		}
		catch (final InvalidParameterException e) {
			final String field = "column".equals(e.parameter()) ? columnField : fileField;
			final String message = e.getMessage().startsWith(e.parameter() + " ") ? field + e.getMessage().substring(e
				.parameter().length()) : field + ": " + e.getMessage();
			throw new InvalidParameterException(field, message);
		}
	}
}

package org.neuronmodels.core.stimulus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.neuronmodels.core.InvalidParameterException;

/**
 * The non-blank records of a small CSV file (UTF-8, optional byte-order mark)
 * with their 1-based lines, parsed by Apache Commons CSV with the separator of
 * the first non-blank line (tab, else {@code ;}, else {@code ,}). Used by
 * {@link CsvColumns}.
 */
final class CsvRows {

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	/** Where Commons CSV says a broken record starts. */
	private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

	private CsvRows() {}

	/** One non-blank CSV record: its trimmed cells and its 1-based line. */
	static final class Row {

		final String[] cells;
		final int line;

		final InvalidParameterException error;

		Row(final String[] cells, final int line) {
			this(cells, line, null);
		}

		private Row(final String[] cells, final int line, final InvalidParameterException error) {
			this.cells = cells;
			this.line = line;
			this.error = error;
		}

		/** The place of a syntax error: reading it throws {@code error}. */
		static Row error(final InvalidParameterException error) {
			return new Row(new String[0], -1, error);
		}
	}

	/**
	 * The non-blank records of the file, parsed by Commons CSV with the separator of the first line. A
	 * syntax error (e.g. a quote never closed) ends the list with a {@link Row#error} row, so that errors
	 * in earlier rows are reported first.
	 */
	static List<Row> read(final Path file) {
		final String text = text(file);
		final int[] lineStarts = lineStarts(text);
		final CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setTrim(true)
			.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();
		final List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			final Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				final CSVRecord record;
				try {
					if (!records.hasNext()) break;
					record = records.next();
				}
				catch (final UncheckedIOException | IllegalStateException e) {
					rows.add(Row.error(syntaxError(file, e, parser.getCurrentLineNumber() + 1)));
					break;
				}
				final String[] cells = record.values();
				if (cells.length == 1 && cells[0].isEmpty()) continue; // a line of blanks
				rows.add(new Row(cells, line(text, lineStarts, record.getCharacterPosition())));
			}
		}
		catch (final IOException e) {
			throw new InvalidParameterException("file", "file " + file + " cannot be read: " + e.getMessage());
		}
		return rows;
	}

	private static InvalidParameterException syntaxError(final Path file, final RuntimeException e,
		final long fallbackLine)
	{
		final String message = e.getCause() != null ? String.valueOf(e.getCause().getMessage()) : String.valueOf(e
			.getMessage());
		final Matcher m = START_LINE.matcher(message);
		final String line = m.find() ? m.group(1) : Long.toString(fallbackLine);
		final String why = message.contains("EOF reached before encapsulated token") ? "a quoted cell is never closed"
			: message.replaceAll("^.*?Exception: ", "");
		return new InvalidParameterException("file", file + ": line " + line + " is invalid CSV: " + why);
	}

	private static String text(final Path file) {
		if (file == null) throw new InvalidParameterException("file", "file is missing: give a CSV file");
		final String text;
		try {
			text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (final NoSuchFileException e) {
			throw new InvalidParameterException("file", "file " + file + " does not exist");
		}
		catch (final IOException e) {
			throw new InvalidParameterException("file", "file " + file + " cannot be read: " + e.getMessage());
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Tab if the first non-blank line has one, else {@code ;} if it has one, else {@code ,}. */
	private static char separator(final String text) {
		for (final String line : LINE_BREAK.split(text, -1)) {
			if (line.trim().isEmpty()) continue;
			if (line.indexOf('\t') >= 0) return '\t';
			return line.indexOf(';') >= 0 ? ';' : ',';
		}
		return ',';
	}

	/** The character position where each line starts (line breaks: \r\n, \r or \n). */
	private static int[] lineStarts(final String text) {
		final List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			final char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) starts.add(i + 1);
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The 1-based line of the record starting at {@code position} (after the empty lines the parser skipped). */
	private static int line(final String text, final int[] lineStarts, final long position) {
		int p = (int) position;
		while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r'))
			p++;
		final int i = Arrays.binarySearch(lineStarts, p);
		return i >= 0 ? i + 1 : -i - 1;
	}
}

package org.neuronmodels.app;

import ij.measure.ResultsTable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuronmodels.io.OutputFolder;
import org.neuronmodels.io.nwb.ResultsH5Writer;

/**
 * The launcher's {@code --h5} output: a run's {@code results.h5}
 * ({@link ResultsH5Writer}), with results tables passed as columns and the
 * current's unit taken from the trace table's {@code I (<unit>)} heading.
 * Outputs that measure the machine, not the model (names ending in
 * {@code Seconds}, e.g. the network's loop time), are left out so that the
 * same run gives the same file.
 */
final class ResultsH5Output {

	/** The output's key and file name. */
	static final String FILE_NAME = ResultsH5Writer.FILE_NAME;

	private static final Pattern CURRENT_HEADING = Pattern.compile("I \\((.+)\\)");

	private ResultsH5Output() {}

	/** The results.h5 file of {@code record}, written when the output folder is. */
	static OutputFolder.NamedFile of(final RunRecord record) {
		final Map<String, Object> outputs = new LinkedHashMap<>();
		String currentUnit = "nA";
		for (final Map.Entry<String, Object> e : record.outputs().entrySet()) {
			if (e.getKey().endsWith("Seconds")) continue;
			if (!(e.getValue() instanceof ResultsTable)) {
				outputs.put(e.getKey(), e.getValue());
				continue;
			}
			final ResultsTable t = (ResultsTable) e.getValue();
			final Map<String, double[]> columns = new LinkedHashMap<>();
			for (final String heading : t.getHeadings()) {
				final int c = t.getColumnIndex(heading);
				if (c == ResultsTable.COLUMN_NOT_FOUND) continue;
				final double[] values = t.getColumnAsDoubles(c);
				if (values != null) columns.put(heading, values);
				final Matcher m = CURRENT_HEADING.matcher(heading);
				if (m.matches()) currentUnit = m.group(1);
			}
			outputs.put(e.getKey(), columns);
		}
		final String unit = currentUnit;
		return new OutputFolder.NamedFile(FILE_NAME, temp -> ResultsH5Writer.write(temp, record.label(),
			RunRecord.projectVersion(), record.inputs(), outputs, unit));
	}
}

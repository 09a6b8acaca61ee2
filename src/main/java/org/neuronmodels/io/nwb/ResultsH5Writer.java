package org.neuronmodels.io.nwb;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import io.jhdf.exceptions.HdfException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Writes a run's results as {@code results.h5} in an NWB-like layout (see
 * {@link ResultsLayout}): the voltage and the injected current as TimeSeries
 * groups, the spikes as a units table, the other arrays, tables and scalars
 * under {@code /analysis/neuron_models}, the command, its inputs and the
 * project version as attributes. The content depends only on the run (no
 * clock, no random ids). Everything is built in memory by jhdf, so the file is
 * refused above {@link #MAX_VALUES} values.
 */
public final class ResultsH5Writer {

	/** The file name the launcher writes. */
	public static final String FILE_NAME = "results.h5";

	/** The most numbers one results file may hold (200 MB of doubles). */
	public static final long MAX_VALUES = 25_000_000L;

	private ResultsH5Writer() {}

	/**
	 * Writes {@code file} from a run of {@code command} (its label) at project
	 * {@code version}: {@code inputs} become attributes; {@code outputs} may
	 * hold numbers, booleans, strings, numeric arrays and tables (column name →
	 * {@code double[]}); other values are left out. The outputs {@code time},
	 * {@code voltage}, {@code current} (ms, mV, {@code currentUnit}) and
	 * {@code spikeTimes} (ms, with {@code spikeNeurons} if several neurons) take
	 * their NWB places. Throws {@link InvalidParameterException} (parameter
	 * {@code h5}) above {@link #MAX_VALUES} values, before writing anything.
	 */
	public static void write(final Path file, final String command, final String version,
		final Map<String, ?> inputs, final Map<String, ?> outputs, final String currentUnit)
	{
		write(file, command, version, inputs, outputs, currentUnit, MAX_VALUES);
	}

	static void write(final Path file, final String command, final String version, final Map<String, ?> inputs,
		final Map<String, ?> outputs, final String currentUnit, final long maxValues)
	{
		final ResultsLayout layout = new ResultsLayout(outputs, currentUnit);
		final long values = layout.valueCount();
		if (values > maxValues) {
			throw new InvalidParameterException("h5", "h5: results.h5 would hold " + values + " numbers, more than " +
				"the " + maxValues + " it is built with in memory; record fewer neurons or samples (or a shorter " +
				"duration), or leave out results.h5");
		}
		try {
			Files.deleteIfExists(file); // NB: jhdf does not truncate an existing file
		}
		catch (final IOException e) {
			throw new InvalidParameterException("h5", "h5: cannot replace " + file + ": " + e.getMessage());
		}
		final WritableHdfFile hdf = HdfFile.write(file);
		try {
			root(hdf, command, version, inputs);
			layout.write(hdf);
		}
		catch (final HdfException e) {
			throw new InvalidParameterException("h5", "h5: cannot write " + file + ": " + e.getMessage());
		}
		finally {
			hdf.close();
		}
	}

	private static void root(final WritableHdfFile hdf, final String command, final String version,
		final Map<String, ?> inputs)
	{
		hdf.putAttribute(ResultsLayout.RESULTS_ATTRIBUTE, ResultsLayout.RESULTS_VERSION);
		hdf.putAttribute(NwbLayout.NAMESPACE, "core");
		hdf.putAttribute(NwbLayout.TYPE, "NWBFile");
		hdf.putDataset("identifier", "neuron-models " + command);
		hdf.putDataset("session_description", "Neuron Models: " + command);
		final WritableGroup general = hdf.putGroup("general").putGroup("neuron_models");
		general.putAttribute("command", command);
		general.putAttribute("version", version == null ? "unknown" : version);
		final WritableGroup in = general.putGroup("inputs");
		for (final Map.Entry<String, ?> e : inputs.entrySet())
			putAttribute(in, e.getKey(), e.getValue());
	}

	/** Puts a scalar attribute (numbers, booleans as 0/1, anything else as text); null is left out. */
	static void putAttribute(final io.jhdf.api.WritableNode node, final String name, final Object value) {
		if (value == null) return;
		if (value instanceof Double || value instanceof Float) node.putAttribute(name, ((Number) value)
			.doubleValue());
		else if (value instanceof Number) node.putAttribute(name, ((Number) value).longValue());
		else if (value instanceof Boolean) node.putAttribute(name, (Boolean) value ? 1L : 0L);
		else {
			final String s = value.toString();
			node.putAttribute(name, s.isEmpty() ? " " : s); // NB: jhdf cannot write an empty string
		}
	}
}

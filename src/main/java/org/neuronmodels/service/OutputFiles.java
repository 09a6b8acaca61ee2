package org.neuronmodels.service;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.io.OutputFolder;
import org.neuronmodels.io.RunFolder;

/**
 * Writes a run's outputs into a folder chosen in Fiji (the {@code outputFolder}
 * input), as the launcher does with {@code --out}: every chart (PNG + SVG),
 * image (TIFF), table, spike list and array (CSV) in full, and
 * {@code outputs.json} with the command, its inputs and its scalar outputs.
 * All or nothing: the files are staged beside the folder and moved into place
 * only when complete; a failure leaves the folder as it was.
 */
final class OutputFiles {

	private OutputFiles() {}

	/** Writes {@code outputs} of {@code command} run with {@code inputs} into {@code folder}; returns the file names. */
	static List<String> write(final File folder, final String command, final Map<String, Object> inputs,
		final Map<String, Object> outputs)
	{
		final Map<String, Object> files = new LinkedHashMap<>(), scalars = new LinkedHashMap<>();
		outputs.forEach((name, value) -> {
			if (isPlain(value)) scalars.put(name, value);
			else if (value != null) files.put(name, value);
		});
		final Map<String, Object> plainInputs = new LinkedHashMap<>();
		inputs.forEach((name, value) -> plainInputs.put(name, isPlain(value) ? value : value == null ? null : String
			.valueOf(value)));
		check(folder);
		try (RunFolder run = RunFolder.open(folder.toPath())) {
			final List<String> written = new OutputFolder(run.files()).write(files, (names, notes) -> {
				final Map<String, Object> record = new LinkedHashMap<>();
				record.put("command", command);
				record.put("inputs", plainInputs);
				record.put("outputs", scalars);
				record.put("files", names);
				record.put("notes", notes);
				return record;
			});
			run.commit();
			return written;
		}
		catch (final IOException | RuntimeException e) {
			throw new InvalidParameterException("outputFolder", "cannot write the outputs to outputFolder = " + folder +
				": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
		}
	}

	/** Fails, naming {@code outputFolder}, if {@code folder} is a file or a non-empty folder that no run wrote. */
	static void check(final File folder) {
		if (!folder.exists()) return;
		if (!folder.isDirectory()) throw new InvalidParameterException("outputFolder", "outputFolder = " + folder +
			" is a file, not a folder");
		final String[] names = folder.list();
		if (names != null && names.length > 0 && !new File(folder, RunFolder.MARKER).exists()) {
			throw new InvalidParameterException("outputFolder", "outputFolder = " + folder + " is a non-empty folder " +
				"not written by a Neuron Models run; choose a new or empty folder (nothing was changed)");
		}
	}

	private static boolean isPlain(final Object value) {
		return value instanceof Number || value instanceof String || value instanceof Boolean;
	}
}

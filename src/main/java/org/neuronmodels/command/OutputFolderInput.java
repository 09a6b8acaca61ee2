package org.neuronmodels.command;

import java.io.File;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.util.ClassUtils;

/**
 * The optional {@code outputFolder} input of the commands that produce big
 * data (single-neuron commands, f–I Curve, Parameter Sweep, Spiking Network):
 * in Fiji, where there is no {@code --out}, the finished run's full data files
 * are written there through the service, all or nothing
 * ({@code NeuronModelsService.writeOutputs}). A command declares it as
 * {@code @Parameter(label = LABEL, description = DESCRIPTION, required = false,
 * persist = false, style = STYLE) File outputFolder;}.
 */
final class OutputFolderInput {

	/** The input's field name. */
	static final String NAME = "outputFolder";
	/** Its label. */
	static final String LABEL = "Output folder (optional)";
	/** Its description. */
	static final String DESCRIPTION = "Fiji: write the full data files of the run here (every array, table and " +
		"spike list as CSV, charts as PNG and SVG, images as TIFF, outputs.json), all or nothing; a new or empty " +
		"folder, or one an earlier run wrote (replaced). Empty: none (headless: use --out).";
	/** Its widget style. */
	static final String STYLE = "directory";

	private OutputFolderInput() {}

	/** The folder {@code command}'s {@code outputFolder} input names, or null (unset, or no such input). */
	static File of(final NeuronModelsCommand command) {
		final Object value = command.inputValues().get(NAME);
		return value instanceof File && !((File) value).getPath().isEmpty() ? (File) value : null;
	}

	/** The outputs of {@code command} by field name, as its run set them. */
	static Map<String, Object> outputs(final NeuronModelsCommand command) {
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final Field f : ClassUtils.getAnnotatedFields(command.getClass(), Parameter.class)) {
			if (f.getAnnotation(Parameter.class).type() != ItemIO.OUTPUT) continue;
			try {
				f.setAccessible(true);
				values.put(f.getName(), f.get(command));
			}
			catch (final IllegalAccessException | RuntimeException exc) {
				throw new IllegalStateException("cannot read output " + f.getName(), exc);
			}
		}
		return values;
	}
}

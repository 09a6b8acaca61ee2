package org.neuronmodels.command;

import org.neuronmodels.module.RunProvenance;
import org.neuronmodels.service.Images;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Stamps the {@link RunProvenance} of every successful Neuron Models run onto its
 * image outputs ({@code image.Calibrated#properties()}), so that images shown in Fiji
 * and TIFF files written by the launcher carry the version, inputs, seed and
 * integrator that made them. Runs before any display postprocessor.
 */
@Plugin(type = PostprocessorPlugin.class, priority = RunProvenancePostprocessor.PRIORITY)
public class RunProvenancePostprocessor extends AbstractPostprocessorPlugin {

	/** Above SciJava's display postprocessor and the Fiji display of Neuron Models outputs. */
	public static final double PRIORITY = Priority.VERY_LOW + 10;

	@Override
	public void process(final Module module) {
		if (!(module.getDelegateObject() instanceof NeuronModelsCommand)) return;
		final RunProvenance info = RunProvenance.of(module);
		for (final ModuleItem<?> item : module.getInfo().outputs())
			stamp(item.getValue(module), info);
	}

	/** Adds the run's properties to {@code output} if it is an image that can hold them. */
	public static void stamp(final Object output, final RunProvenance info) {
		Images.stamp(output, info.properties());
	}
}

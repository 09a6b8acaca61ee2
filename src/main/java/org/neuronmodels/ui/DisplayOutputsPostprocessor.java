package org.neuronmodels.ui;

import org.neuronmodels.module.DialogChecks;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;

/**
 * In Fiji with a visible UI, shows the outputs of Neuron Models commands (classes
 * in {@code org.neuronmodels}) with
 * {@link OutputDisplay} (chart windows, calibrated images, results tables) and
 * marks them resolved, so that SciJava's own display postprocessor (which runs
 * after this one) does not show them a second time. Headless, or for other
 * commands, it does nothing.
 */
@Plugin(type = PostprocessorPlugin.class, priority = DisplayOutputsPostprocessor.PRIORITY)
public class DisplayOutputsPostprocessor extends AbstractPostprocessorPlugin {

	/** Just above SciJava's {@code DisplayPostprocessor} (VERY_LOW). */
	public static final double PRIORITY = Priority.VERY_LOW + 1;

	/** Commands whose class is in this package tree are shown this way. */
	static final String PACKAGE = "org.neuronmodels.";

	@Parameter(required = false)
	private UIService ui;

	@Override
	public void process(final Module module) {
		if (!module.getDelegateObject().getClass().getName().startsWith(PACKAGE)) return;
		if (!DialogChecks.isUiVisible(ui)) return;
		for (final String name : OutputDisplay.show(module))
			module.resolveOutput(name);
	}
}

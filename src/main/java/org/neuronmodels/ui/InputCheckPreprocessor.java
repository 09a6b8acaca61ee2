package org.neuronmodels.ui;

import org.neuronmodels.module.DialogChecks;
import org.scijava.module.Module;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.UIService;
import org.scijava.widget.InputHarvester;

/**
 * Makes the dialog of a Neuron Models command check its inputs as they are
 * typed: runs after macro values and remembered values are loaded and just
 * before the dialog, and turns on the command's dialog checks
 * ({@link DialogChecks#checkInputsInDialog()}). SciJava's Swing dialog
 * then shows the reason on the command's check line and accepts only valid
 * inputs. Only when a UI is visible; headless runs are checked when they start.
 */
@Plugin(type = PreprocessorPlugin.class, priority = InputCheckPreprocessor.PRIORITY)
public class InputCheckPreprocessor extends AbstractPreprocessorPlugin {

	/** After {@code LoadInputsPreprocessor} (harvester + 1), before the input harvester. */
	public static final double PRIORITY = InputHarvester.PRIORITY + 0.5;

	@Parameter(required = false)
	private UIService ui;

	@Override
	public void process(final Module module) {
		if (!DialogChecks.isUiVisible(ui)) return;
		if (module.getDelegateObject() instanceof DialogChecks) {
			((DialogChecks) module.getDelegateObject()).checkInputsInDialog();
		}
	}
}

package org.neuronmodels.module;

import org.scijava.ui.UIService;

/**
 * A module whose dialog checks its inputs as they are typed (Neuron Models
 * commands are): the UI's preprocessor turns the checks on just before the
 * dialog shows, without knowing the command classes.
 */
public interface DialogChecks {

	/** Turns on the input checks of the dialog about to be shown. */
	void checkInputsInDialog();

	/** Whether a user interface is showing (not headless, a default UI, visible); false on any doubt. */
	static boolean isUiVisible(final UIService ui) {
		try {
			return ui != null && !ui.isHeadless() && ui.getDefaultUI() != null && ui.isVisible();
		}
		catch (final RuntimeException exc) {
			return false;
		}
	}
}

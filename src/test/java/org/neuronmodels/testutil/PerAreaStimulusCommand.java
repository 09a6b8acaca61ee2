package org.neuronmodels.testutil;

import org.neuronmodels.command.StimulusCommand;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** A test command whose stimulus currents are in µA/cm², as a Hodgkin-Huxley command's would be. */
@Plugin(type = Command.class, label = "Stimulus unit test command", visible = false)
public class PerAreaStimulusCommand extends StimulusCommand {

	@Parameter(type = ItemIO.OUTPUT)
	String unitSeen;

	@Override
	protected String currentUnit() {
		return "µA/cm²";
	}

	@Override
	protected void execute() {
		unitSeen = stimulusSpec(currentUnit()).currentUnit + " " + amplitude;
	}
}

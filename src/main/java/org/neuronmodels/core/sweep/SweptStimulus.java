package org.neuronmodels.core.sweep;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.stimulus.StimulusSpec;

/** Stimulus settings per sweep point: copies of a {@link StimulusSpec} with one field set by name. */
final class SweptStimulus {

	private SweptStimulus() {}

	/** Sets the stimulus field named by {@code axis} to {@code value}; errors name the axis field. */
	static void set(final StimulusSpec spec, final SweepAxis axis, final double value) {
		switch (axis.parameter()) {
			case "amplitude": spec.amplitude = value; break;
			case "stimStart": spec.stimStart = value; break;
			case "stimStop": spec.stimStop = value; break;
			case "frequency": spec.frequency = value; break;
			case "offset": spec.offset = value; break;
			case "phase": spec.phase = value; break;
			case "pulseWidth": spec.pulseWidth = value; break;
			case "noiseTau": spec.noiseTau = value; break;
			case "tableDt": spec.tableDt = value; break;
			case "seed":
				if (value != Math.rint(value)) {
					throw new InvalidParameterException(axis.field(), axis.field() + ": seed = " + Checks.fmt(value) +
						" is invalid: seeds are whole numbers");
				}
				spec.seed = (long) value;
				break;
			default:
				throw new IllegalArgumentException(axis.parameter());
		}
	}

	/** A copy of every field of {@code s}. */
	static StimulusSpec copy(final StimulusSpec s) {
		final StimulusSpec c = new StimulusSpec();
		c.kind = s.kind;
		c.amplitude = s.amplitude;
		c.stimStart = s.stimStart;
		c.stimStop = s.stimStop;
		c.frequency = s.frequency;
		c.offset = s.offset;
		c.phase = s.phase;
		c.pulseWidth = s.pulseWidth;
		c.noiseTau = s.noiseTau;
		c.tableFile = s.tableFile;
		c.tableColumn = s.tableColumn;
		c.tableDt = s.tableDt;
		c.seed = s.seed;
		c.currentUnit = s.currentUnit;
		return c;
	}
}

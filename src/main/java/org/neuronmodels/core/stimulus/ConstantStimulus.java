package org.neuronmodels.core.stimulus;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;

/** The same current at every step. */
final class ConstantStimulus implements Stimulus {

	private final double amplitude;

	ConstantStimulus(final double amplitude) {
		this.amplitude = amplitude;
	}

	@Override
	public double[] sample(final TimeGrid grid) {
		final double[] out = new double[grid.steps()];
		Arrays.fill(out, amplitude);
		return out;
	}

	@Override
	public String describe() {
		return "constant " + Checks.fmt(amplitude) + " " + Stimuli.CURRENT;
	}

	@Override
	public String toString() {
		return describe();
	}
}

package org.neuronmodels.core.stimulus;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.neuronmodels.core.TimeGrid;

/** The sum of several stimuli. */
final class SumStimulus implements Stimulus {

	private final Stimulus[] parts;

	SumStimulus(final Stimulus[] parts) {
		this.parts = parts;
	}

	@Override
	public double[] sample(final TimeGrid grid) {
		final double[] out = new double[grid.steps()];
		for (final Stimulus part : parts) {
			final double[] values = part.sample(grid);
			if (values.length != out.length) {
				throw new IllegalStateException(part.describe() + " gave " + values.length + " samples for " +
					out.length + " steps");
			}
			for (int k = 0; k < out.length; k++)
				out[k] += values[k];
		}
		return out;
	}

	@Override
	public String describe() {
		return Arrays.stream(parts).map(Stimulus::describe).collect(Collectors.joining(" + "));
	}

	@Override
	public String toString() {
		return describe();
	}
}

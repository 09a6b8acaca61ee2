package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;

/**
 * Zero-order hold of a table: {@code samples[i]} for
 * {@code origin + i·sampleDt <= t < origin + (i+1)·sampleDt}, 0 before the
 * first and after the last sample. Holds its own copy of the samples.
 */
final class TableStimulus implements Stimulus {

	private final double[] samples;
	private final double sampleDt;
	private final double origin;
	private final String source;

	/** Takes ownership of {@code samples} (callers pass a private copy). */
	TableStimulus(final double[] samples, final double sampleDt, final double origin, final String source) {
		this.samples = samples;
		this.sampleDt = sampleDt;
		this.origin = origin;
		this.source = source;
	}

	@Override
	public double[] sample(final TimeGrid grid) {
		final double[] out = new double[grid.steps()];
		final double dt = grid.dt();
		for (int k = 0; k < out.length; k++) {
			final long i = GridIndex.atOrBefore(k * dt - origin, sampleDt);
			if (i >= samples.length) break;
			if (i >= 0) out[k] = samples[(int) i];
		}
		return out;
	}

	@Override
	public String describe() {
		return source + ": " + samples.length + " samples every " + Checks.fmt(sampleDt) + " ms" + (origin == 0 ? ""
			: " from " + Checks.fmt(origin) + " ms");
	}

	@Override
	public String toString() {
		return describe();
	}
}

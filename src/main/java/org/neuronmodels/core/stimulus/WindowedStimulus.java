package org.neuronmodels.core.stimulus;

import java.util.Objects;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;

/**
 * A stimulus that is 0 outside {@code [start, stop)}; {@code stop = +∞} means
 * "until the end of the run". The window is resolved on grid indices (see
 * {@link Stimuli}); subclasses fill the samples inside it.
 */
abstract class WindowedStimulus implements Stimulus {

	final double start;
	final double stop;

	WindowedStimulus(final double start, final double stop) {
		this.start = start;
		this.stop = stop;
	}

	@Override
	public final double[] sample(final TimeGrid grid) {
		Objects.requireNonNull(grid, "grid");
		final double[] out = new double[grid.steps()];
		final int k0 = GridIndex.atOrAfter(start, grid.dt());
		final int k1 = wholeRun() ? out.length : GridIndex.atOrAfter(stop, grid.dt());
		if (k0 < out.length) fill(out, grid.dt(), k0, k1, Math.min(k1, out.length));
		return out;
	}

	/**
	 * Fills {@code out[k]} for {@code k0 <= k < end}; {@code k1 >= end} is the window's end index on an
	 * unbounded grid (the end of the run for a whole-run stimulus).
	 */
	abstract void fill(double[] out, double dt, int k0, int k1, int end);

	/** Whether the window is the whole run. */
	final boolean wholeRun() {
		return stop == Double.POSITIVE_INFINITY;
	}

	/** "from 100 to 400 ms", or "over the whole run". */
	final String window() {
		return wholeRun() && start == 0 ? "over the whole run" : "from " + Checks.fmt(start) + " to " + Checks.fmt(
			stop) + " ms";
	}

	@Override
	public String toString() {
		return describe();
	}
}

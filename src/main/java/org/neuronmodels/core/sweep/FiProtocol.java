package org.neuronmodels.core.sweep;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * How each current of an f–I sweep is applied: for the whole run
 * ({@link #constant}) or as a step inside {@code [stimStart, stimStop)}
 * ({@link #step}). Rates are measured from the spikes caused by the steps
 * that carry the current.
 */
public final class FiProtocol {

	/** The {@code stimulus} choices. */
	public static final String CONSTANT = "Constant", STEP = "Step";

	private final double duration;
	private final boolean step;
	private final double stimStart, stimStop;

	private FiProtocol(final double duration, final boolean step, final double stimStart, final double stimStop) {
		this.duration = duration;
		this.step = step;
		this.stimStart = stimStart;
		this.stimStop = stimStop;
	}

	/** Each current for the whole run of {@code duration} ms. */
	public static FiProtocol constant(final double duration) {
		return new FiProtocol(duration, false, 0, duration);
	}

	/** Each current for {@code stimStart <= t < stimStop} ms of a run of {@code duration} ms. */
	public static FiProtocol step(final double duration, final double stimStart, final double stimStop) {
		return new FiProtocol(duration, true, stimStart, stimStop);
	}

	/** {@code "Constant"} or {@code "Step"} (case-insensitive), as the {@code stimulus} input names them. */
	public static FiProtocol of(final String stimulus, final double duration, final double stimStart,
		final double stimStop)
	{
		if (CONSTANT.equalsIgnoreCase(stimulus)) return constant(duration);
		if (STEP.equalsIgnoreCase(stimulus)) return step(duration, stimStart, stimStop);
		throw new org.neuronmodels.core.InvalidParameterException("stimulus", "stimulus = \"" + stimulus +
			"\" is invalid: must be \"Constant\" or \"Step\"");
	}

	/** The run length in ms. */
	public double duration() {
		return duration;
	}

	/** Whether the current is a step (else constant). */
	public boolean isStep() {
		return step;
	}

	/** The time grid for step {@code dt}; checks the duration and the window against it. */
	public TimeGrid grid(final double dt) {
		final TimeGrid grid = TimeGrid.of(duration, dt);
		if (step) {
			Checks.inRange("stimStart", "ms", stimStart, 0, grid.duration());
			Checks.finite("stimStop", "ms", stimStop);
			if (!(stimStop > stimStart)) {
				throw Checks.invalid("stimStop", "ms", stimStop, "must be greater than stimStart = " + Checks.fmt(
					stimStart) + " ms");
			}
			if (stimStop > duration) {
				throw Checks.invalid("stimStop", "ms", stimStop, "must not exceed duration = " + Checks.fmt(duration) +
					" ms");
			}
		}
		return grid;
	}

	/** One sample per step: 1 where the current is on, 0 elsewhere (the stimulus library's window rules). */
	public double[] unitSamples(final TimeGrid grid) {
		return (step ? Stimuli.step(1, stimStart, stimStop) : Stimuli.constant(1)).sample(grid);
	}

	/** The steps {@code [first, last + 1)} carrying the current, from {@link #unitSamples}. */
	static int[] window(final double[] unit) {
		int first = 0;
		while (first < unit.length && unit[first] == 0)
			first++;
		int end = unit.length;
		while (end > first && unit[end - 1] == 0)
			end--;
		return new int[] { first, end };
	}

	/** A short description, e.g. {@code "step from 100 to 400 ms of 500 ms"}. */
	public String describe() {
		return step ? "step from " + Checks.fmt(stimStart) + " to " + Checks.fmt(stimStop) + " ms of " + Checks.fmt(
			duration) + " ms" : "constant for " + Checks.fmt(duration) + " ms";
	}
}

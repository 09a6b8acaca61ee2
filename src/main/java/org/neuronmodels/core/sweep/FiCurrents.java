package org.neuronmodels.core.sweep;

import org.neuronmodels.core.Checks;

/**
 * The currents of an f–I sweep without an array of them: {@code steps}
 * currents evenly spaced from {@code min} to {@code max}, current {@code i}
 * computed exactly as {@link FiSweep#currents} computes element {@code i}
 * (bit for bit), so a streamed run of 10⁷ currents needs no 80 MB array.
 */
public final class FiCurrents {

	private final double min, max;
	private final int steps;

	private FiCurrents(final double min, final double max, final int steps) {
		this.min = min;
		this.max = max;
		this.steps = steps;
	}

	/** The currents, after the checks of {@link FiSweep#currents} ({@code unit} names the current unit). */
	public static FiCurrents of(final double min, final double max, final int steps, final String unit) {
		Checks.finite("currentMin", unit, min);
		Checks.finite("currentMax", unit, max);
		Checks.inRange("currentSteps", steps, 1, FiSweep.MAX_CURRENTS);
		if (!(max >= min)) {
			throw Checks.invalid("currentMax", unit, max, "must be at least currentMin = " + Checks.fmt(min) + " " +
				unit);
		}
		return new FiCurrents(min, max, steps);
	}

	/** The number of currents. */
	public int size() {
		return steps;
	}

	/** The smallest current. */
	public double min() {
		return min;
	}

	/** The largest current. */
	public double max() {
		return max;
	}

	/** Current {@code i} ({@code 0 ≤ i < size()}). */
	public double get(final int i) {
		if (steps == 1) return min;
		if (i == steps - 1) return max;
		return min + (max - min) * i / (steps - 1);
	}

	/** Currents {@code from … to − 1} as a new array. */
	public double[] range(final int from, final int to) {
		final double[] c = new double[to - from];
		for (int i = from; i < to; i++)
			c[i - from] = get(i);
		return c;
	}
}

package org.neuronmodels.core;

/**
 * The time axis of a run: {@code steps} steps of {@code dt} ms starting at 0
 * (see the time-step convention in {@link org.neuronmodels.core}).
 */
public final class TimeGrid {

	private final double dt;
	private final int steps;

	private TimeGrid(final double dt, final int steps) {
		this.dt = dt;
		this.steps = steps;
	}

	/** A grid covering {@code duration} ms with step {@code dt} ms; checks both. */
	public static TimeGrid of(final double duration, final double dt) {
		Checks.positive("dt", "ms", dt);
		Checks.positive("duration", "ms", duration);
		if (duration < dt) {
			throw Checks.invalid("duration", "ms", duration, "must be at least one time step (dt = " + Checks.fmt(dt) +
				" ms)");
		}
		final double n = Math.rint(duration / dt);
		if (n > Integer.MAX_VALUE - 8) {
			throw Checks.invalid("duration", "ms", duration, "gives " + Checks.fmt(n) + " steps of dt = " + Checks.fmt(
				dt) + " ms; at most " + (Integer.MAX_VALUE - 8) + " steps are possible (shorten duration or increase dt)");
		}
		return new TimeGrid(dt, (int) n);
	}

	/** The time step in ms. */
	public double dt() {
		return dt;
	}

	/** The number of steps. */
	public int steps() {
		return steps;
	}

	/** The simulated duration in ms ({@code steps · dt}). */
	public double duration() {
		return steps * dt;
	}

	/** The time of grid point {@code k} in ms. */
	public double time(final int k) {
		return k * dt;
	}

	/** The first grid index at or after time {@code t} ms. */
	public int indexAtOrAfter(final double t) {
		return (int) Math.max(0, Math.ceil(t / dt - 1e-9));
	}

	/** The times of the grid points {@code t_0 … t_(steps-1)}. */
	public double[] times() {
		final double[] t = new double[steps];
		for (int k = 0; k < steps; k++)
			t[k] = k * dt;
		return t;
	}
}

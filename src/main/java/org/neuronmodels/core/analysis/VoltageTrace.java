package org.neuronmodels.core.analysis;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * A recorded voltage trace on a uniform time grid: times (ms), membrane
 * potential (mV) and the injected current (nA) held from each sample to the
 * next (the project's time-step convention). Errors name the command fields
 * {@code timeColumn}, {@code voltageColumn}, {@code currentColumn} and the
 * step fields {@code amplitude}, {@code stimStart}, {@code stimStop}.
 */
public final class VoltageTrace {

	/** Fewest samples accepted. */
	public static final int MIN_SAMPLES = 10;

	private final double[] time, voltage, current;
	private final double dt;

	private VoltageTrace(final double[] time, final double[] voltage, final double[] current, final double dt) {
		this.time = time;
		this.voltage = voltage;
		this.current = current;
		this.dt = dt;
	}

	/** A trace with a recorded current column; the arrays must have the same length. */
	public static VoltageTrace of(final double[] time, final double[] voltage, final double[] current) {
		final double dt = checkTimes(time);
		checkValues(voltage, "voltageColumn", "mV", time.length);
		checkValues(current, "currentColumn", "nA", time.length);
		return new VoltageTrace(time.clone(), voltage.clone(), current.clone(), dt);
	}

	/** A trace whose current is a step of {@code amplitude} nA for {@code stimStart <= t < stimStop} ms. */
	public static VoltageTrace withStep(final double[] time, final double[] voltage, final double amplitude,
		final double stimStart, final double stimStop)
	{
		final double dt = checkTimes(time);
		checkValues(voltage, "voltageColumn", "mV", time.length);
		Checks.finite("amplitude", "nA", amplitude);
		Checks.finite("stimStart", "ms", stimStart);
		Checks.finite("stimStop", "ms", stimStop);
		if (!(stimStop > stimStart)) {
			throw Checks.invalid("stimStop", "ms", stimStop, "must be greater than stimStart = " + Checks.fmt(
				stimStart) + " ms");
		}
		final double[] current = new double[time.length];
		final double eps = 1e-6 * dt;
		for (int k = 0; k < time.length; k++)
			if (time[k] >= stimStart - eps && time[k] < stimStop - eps) current[k] = amplitude;
		return new VoltageTrace(time.clone(), voltage.clone(), current, dt);
	}

	private static double checkTimes(final double[] time) {
		if (time == null || time.length < MIN_SAMPLES) {
			throw new InvalidParameterException("timeColumn", "timeColumn has " + (time == null ? 0 : time.length) +
				" samples; at least " + MIN_SAMPLES + " are needed");
		}
		checkValues(time, "timeColumn", "ms", time.length);
		final int n = time.length;
		final double dt = (time[n - 1] - time[0]) / (n - 1);
		if (!(dt > 0)) throw new InvalidParameterException("timeColumn", "timeColumn must increase");
		for (int k = 1; k < n; k++) {
			if (Math.abs(time[k] - (time[0] + k * dt)) > 1e-3 * dt) {
				throw new InvalidParameterException("timeColumn", "timeColumn: t = " + Checks.fmt(time[k]) + " ms (row " +
					(k + 1) + ") breaks the uniform spacing of " + Checks.fmt(dt) + " ms");
			}
		}
		return dt;
	}

	private static void checkValues(final double[] values, final String field, final String unit, final int n) {
		if (values == null || values.length != n) {
			throw new InvalidParameterException(field, field + " has " + (values == null ? 0 : values.length) +
				" values but the time column has " + n);
		}
		for (int k = 0; k < n; k++)
			if (!Double.isFinite(values[k])) {
				throw Checks.invalid(field, unit, values[k], "must be finite (row " + (k + 1) + ")");
			}
	}

	/** The number of samples. */
	public int size() {
		return time.length;
	}

	/** The sampling interval in ms. */
	public double dt() {
		return dt;
	}

	/** The sample times in ms (held array: do not modify). */
	public double[] time() {
		return time;
	}

	/** The membrane potential in mV (held array: do not modify). */
	public double[] voltage() {
		return voltage;
	}

	/** The injected current in nA (held array: do not modify). */
	public double[] current() {
		return current;
	}
}

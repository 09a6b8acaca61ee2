package org.neuronmodels.core.sweep;

import java.util.Arrays;

import org.neuronmodels.core.InvalidParameterException;

/**
 * What a sweep produced: for every grid point the value of each scalar output
 * (a column per output, in point order), and the voltage traces of a few
 * chosen points. Arrays are held as given: treat them as read-only.
 */
public final class SweepResult {

	private final SweepGrid grid;
	private final String[] names;
	private final String[] units;
	private final double[][] values;
	private final int[] tracePoints;
	private final double[][] traceTimes;
	private final double[][] traceVoltages;
	private final String method;

	/**
	 * A result on {@code grid}: output {@code names[c]} (unit {@code units[c]}) has
	 * {@code values[c][point]}; point {@code tracePoints[k]} has the trace
	 * {@code (traceTimes[k], traceVoltages[k])} (null arrays if it has none);
	 * {@code method} says how it was computed.
	 */
	public SweepResult(final SweepGrid grid, final String[] names, final String[] units, final double[][] values,
		final int[] tracePoints, final double[][] traceTimes, final double[][] traceVoltages, final String method)
	{
		if (names.length != units.length || names.length != values.length) {
			throw new IllegalArgumentException("names, units and values differ in length");
		}
		for (final double[] column : values)
			if (column.length != grid.size()) throw new IllegalArgumentException("a column has " + column.length +
				" values for " + grid.size() + " points");
		this.grid = grid;
		this.names = names.clone();
		this.units = units.clone();
		this.values = values;
		this.tracePoints = tracePoints.clone();
		this.traceTimes = traceTimes;
		this.traceVoltages = traceVoltages;
		this.method = method;
	}

	/** The grid. */
	public SweepGrid grid() {
		return grid;
	}

	/** The names of the scalar outputs (the swept command's output fields). */
	public String[] names() {
		return names.clone();
	}

	/** The units of the scalar outputs ("" if none). */
	public String[] units() {
		return units.clone();
	}

	/** The column of output {@code name}, or −1. */
	public int column(final String name) {
		return Arrays.asList(names).indexOf(name);
	}

	/** The values of output {@code name} at every point, in point order; fails naming {@code measure}. */
	public double[] values(final String name) {
		final int c = column(name);
		if (c < 0) {
			throw new InvalidParameterException("measure", "measure = \"" + name + "\" is invalid: must be one of " +
				String.join(", ", names));
		}
		return values[c];
	}

	/** The unit of output {@code name}. */
	public String unit(final String name) {
		final int c = column(name);
		return c < 0 ? "" : units[c];
	}

	/** The points that have traces, in row order. */
	public int[] tracePoints() {
		return tracePoints.clone();
	}

	/** The sample times (ms) of the {@code k}-th traced point, or null. */
	public double[] traceTime(final int k) {
		return traceTimes[k];
	}

	/** The voltage (mV) of the {@code k}-th traced point, or null. */
	public double[] traceVoltage(final int k) {
		return traceVoltages[k];
	}

	/** How the sweep was computed, e.g. "vectorised LIF population". */
	public String method() {
		return method;
	}
}

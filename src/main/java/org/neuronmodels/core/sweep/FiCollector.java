package org.neuronmodels.core.sweep;

/**
 * A {@link FiSink} that keeps every row in arrays, for runs small enough to
 * hold (the scripting API's {@link FiCurve}, a chart with every point, a
 * results table); a big run streams its rows to a data file instead.
 */
public final class FiCollector implements FiSink {

	private final double[] currents, rates, theory;
	private double[] interpolated;
	private final int[] spikeCounts;
	private int size;

	/** Room for {@code n} rows; {@code theory}: whether the model has analytic rates. */
	public FiCollector(final int n, final boolean theory) {
		currents = new double[n];
		rates = new double[n];
		spikeCounts = new int[n];
		this.theory = theory ? new double[n] : null;
	}

	@Override
	public void rows(final long first, final double[] c, final FiRates r, final double[] t) {
		final int at = (int) first;
		if (at != size) throw new IllegalStateException("rows from " + first + " after " + size + " rows");
		System.arraycopy(c, 0, currents, at, c.length);
		System.arraycopy(r.rates(), 0, rates, at, c.length);
		System.arraycopy(r.spikeCounts(), 0, spikeCounts, at, c.length);
		if (r.interpolatedRates() != null) {
			if (interpolated == null) interpolated = new double[currents.length];
			System.arraycopy(r.interpolatedRates(), 0, interpolated, at, c.length);
		}
		if (theory != null && t != null) System.arraycopy(t, 0, theory, at, c.length);
		size += c.length;
	}

	/** The currents. */
	public double[] currents() {
		return currents;
	}

	/** The rates, interpolated rates (or null) and spike counts. */
	public FiRates rates() {
		return new FiRates(rates, interpolated, spikeCounts);
	}

	/** The analytic rates, or null. */
	public double[] theoryRates() {
		return theory;
	}
}

package org.neuronmodels.core.sweep;

/** The rates of one f–I run, one entry per current (arrays held, not copied). */
public final class FiRates {

	private final double[] rates;
	private final double[] interpolated;
	private final int[] spikeCounts;

	/** Rates from grid spike times, interpolated rates (or null) and spike counts, one entry per current. */
	public FiRates(final double[] rates, final double[] interpolated, final int[] spikeCounts) {
		this.rates = rates;
		this.interpolated = interpolated;
		this.spikeCounts = spikeCounts;
	}

	/** The steady rate in Hz from grid spike times. */
	public double[] rates() {
		return rates;
	}

	/** The steady rate in Hz from interpolated threshold crossings, or null if not asked for. */
	public double[] interpolatedRates() {
		return interpolated;
	}

	/** The number of spikes in the whole window carrying the current. */
	public int[] spikeCounts() {
		return spikeCounts;
	}
}

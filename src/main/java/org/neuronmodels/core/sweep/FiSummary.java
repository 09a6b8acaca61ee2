package org.neuronmodels.core.sweep;

/**
 * What a streamed f–I run keeps in memory, whatever its number of currents:
 * scalars (number of currents, largest rate, spikes, currents that fire, the
 * simulated and analytic rheobase) and each curve decimated for drawing
 * ({@link StreamEnvelope}: every point of a curve of at most
 * {@code 4·columns} currents, else a min/max envelope per column). The rows
 * themselves went to the run's {@link FiSink}.
 */
public final class FiSummary {

	private final String model, currentUnit, protocol;
	private final int currents;
	private final double maxRate, rheobase, theoryRheobase;
	private final long spikes;
	private final int firing;
	private final double[][] rates, interpolated, theory;

	FiSummary(final String model, final String currentUnit, final String protocol, final int currents,
		final double maxRate, final double rheobase, final double theoryRheobase, final long spikes,
		final int firing, final double[][] rates, final double[][] interpolated, final double[][] theory)
	{
		this.model = model;
		this.currentUnit = currentUnit;
		this.protocol = protocol;
		this.currents = currents;
		this.maxRate = maxRate;
		this.rheobase = rheobase;
		this.theoryRheobase = theoryRheobase;
		this.spikes = spikes;
		this.firing = firing;
		this.rates = rates;
		this.interpolated = interpolated;
		this.theory = theory;
	}

	/** The model label. */
	public String model() {
		return model;
	}

	/** The unit of the currents (nA, or µA/cm²). */
	public String currentUnit() {
		return currentUnit;
	}

	/** How the currents were applied, e.g. {@code "constant for 500 ms"}. */
	public String protocol() {
		return protocol;
	}

	/** The number of currents simulated. */
	public int currents() {
		return currents;
	}

	/** The largest simulated rate (Hz), from grid spike times. */
	public double maxRate() {
		return maxRate;
	}

	/** The simulated rheobase (bisection), NaN if outside the swept range. */
	public double rheobase() {
		return rheobase;
	}

	/** The analytic rheobase, NaN if the model has no closed form. */
	public double theoryRheobase() {
		return theoryRheobase;
	}

	/** The spikes counted in the rate windows of all currents. */
	public long spikes() {
		return spikes;
	}

	/** The number of currents with a rate above 0 (repetitive firing). */
	public int firingCurrents() {
		return firing;
	}

	/** The rate curve decimated for drawing, {@code {currents, rates}}. */
	public double[][] rateCurve() {
		return rates;
	}

	/** The interpolated-rate curve decimated for drawing, or null if not asked for. */
	public double[][] interpolatedCurve() {
		return interpolated;
	}

	/** The analytic curve decimated for drawing, or null if the model has no closed form. */
	public double[][] theoryCurve() {
		return theory;
	}
}

package org.neuronmodels.core.sweep;

/**
 * Receives the rows of a streamed f–I run block by block, in current order
 * (e.g. a CSV data file written as the run goes, or arrays for a small run).
 * The arrays are only valid during the call.
 */
@FunctionalInterface
public interface FiSink {

	/** A sink that keeps nothing. */
	FiSink NONE = (first, currents, rates, theoryRates) -> {};

	/**
	 * The rows {@code first … first + currents.length − 1}: the currents, their
	 * rates (and interpolated rates and spike counts) and the analytic rates
	 * (null if the model has no closed form).
	 */
	void rows(long first, double[] currents, FiRates rates, double[] theoryRates);
}

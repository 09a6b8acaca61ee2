package org.neuronmodels.core.sim;

/**
 * A population of neurons of one model, stored as structure-of-arrays and
 * advanced together by fixed time steps. Implementations precompute their
 * per-neuron update factors for the step size they were built with.
 */
public interface SpikingPopulation {

	/** The number of neurons. */
	int size();

	/** The time step in ms this population advances by. */
	double dt();

	/**
	 * Advances every neuron by one step with the given input (one value per
	 * neuron, in the model's current unit), writing the indices of the neurons
	 * that spiked into {@code spiked}; returns how many did.
	 */
	int step(double[] input, int[] spiked);

	/** The membrane potential of every neuron in mV (a live view: do not modify). */
	double[] voltage();

	/** The names of the recordable state variables; index 0 is the voltage. */
	default String[] variables() {
		return new String[] { "V" };
	}

	/** The units of the recordable state variables, parallel to {@link #variables()}. */
	default String[] variableUnits() {
		return new String[] { "mV" };
	}

	/** The live array of state variable {@code index} (0 = voltage). */
	default double[] variable(final int index) {
		if (index != 0) throw new IndexOutOfBoundsException("variable " + index);
		return voltage();
	}

	/** The lowest and highest voltage (mV) this model can reach physically; beyond is blow-up. */
	default double[] voltageBounds() {
		return new double[] { -1000, 1000 };
	}
}

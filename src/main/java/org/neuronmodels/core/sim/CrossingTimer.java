package org.neuronmodels.core.sim;

/**
 * Locates a threshold crossing inside the step in which a model spiked, so
 * that spike times are not rounded to the grid. One instance belongs to one
 * population.
 */
public interface CrossingTimer {

	/**
	 * The fraction {@code f} in {@code (0, 1]} of the step just taken at which
	 * {@code neuron} crossed its threshold, given its voltage at the start of the
	 * step (mV) and its input during the step: the crossing time is
	 * {@code t_k + f·dt}.
	 */
	double fraction(int neuron, double vStart, double input);

	/**
	 * Whether the model resets the voltage at the end of the spike step
	 * (integrate-and-fire models), i.e. {@code (1 − f)·dt} later than a
	 * continuous-time neuron would; false for models whose spikes are followed
	 * through (Hodgkin-Huxley).
	 */
	boolean resetsAtStepEnd();
}

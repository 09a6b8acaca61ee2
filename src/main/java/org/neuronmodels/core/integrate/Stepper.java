package org.neuronmodels.core.integrate;

/**
 * One integrator bound to one population's state and time step, with its own
 * scratch arrays: not shared between threads (make one per thread).
 */
public interface Stepper {

	/** Advances neurons {@code from … to − 1} by one step with {@code input[i]} held over the step. */
	void step(double[] input, int from, int to);
}

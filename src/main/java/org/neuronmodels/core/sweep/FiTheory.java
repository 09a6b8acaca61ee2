package org.neuronmodels.core.sweep;

/** The analytic firing rate of a model for constant input, where one is known. */
public interface FiTheory {

	/** The steady firing rate in Hz for constant {@code current} (0 below rheobase). */
	double rate(double current);

	/** The smallest constant current that makes the model fire repetitively. */
	double rheobase();
}

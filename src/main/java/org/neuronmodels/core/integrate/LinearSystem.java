package org.neuronmodels.core.integrate;

/**
 * A right-hand side in time-constant form with constant time constants,
 * {@code τ_k dy_k/dt = y∞_k − y_k}, where {@code τ_k} (ms) is a per-neuron
 * constant and the target {@code y∞_k} depends only on the input (held
 * constant over a step): its solution over a step is exact,
 * {@code y ← y∞ + (y − y∞)·exp(−dt/τ)} ({@link Exact}).
 */
public interface LinearSystem extends OdeSystem {

	/** The time constant {@code τ_k} of variable {@code k} of neuron {@code i}, ms (positive). */
	double timeConstant(int k, int i);

	/** Writes the targets {@code y∞_k} of neurons {@code first … first + count − 1} into {@code target[k][j]}. */
	void targets(int first, int count, double[][] y, double[] input, double[][] target);
}

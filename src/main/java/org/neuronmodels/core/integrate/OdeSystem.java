package org.neuronmodels.core.integrate;

/**
 * The right-hand side {@code dy/dt = f(y, I)} of a population of neurons,
 * structure-of-arrays (as many state variables per neuron as the state arrays
 * handed to {@link Scheme#stepper} have rows). The
 * integrators evaluate it block by block: neurons {@code first … first + count − 1}
 * at a state held in scratch arrays {@code y[k][j]} (variable {@code k} of neuron
 * {@code first + j}), with the input of neuron {@code i} at {@code input[i]}
 * (held at its value at the start of the step, the time-step convention of
 * {@link org.neuronmodels.core}). Implementations read their per-neuron
 * constants at {@code first + j} and must not allocate.
 * <p>
 * The system writes <em>increments</em> {@code dt·f(y)}, as the equation
 * models' generated code does ({@code (dt/τ)·N} with {@code dt/τ} computed
 * once per neuron), so that a built-in model and the same equations compiled
 * from text take the same operations. {@code dt} is always the step the
 * stepper was built with; a system may use factors it precomputed for it.
 * </p>
 */
@FunctionalInterface
public interface OdeSystem {

	/**
	 * Writes the increments {@code dt·dy_k/dt} of neurons {@code first … first + count − 1}
	 * at state {@code y} into {@code inc[k][j]} ({@code j = i − first}).
	 */
	void increments(int first, int count, double[][] y, double[] input, double dt, double[][] inc);
}

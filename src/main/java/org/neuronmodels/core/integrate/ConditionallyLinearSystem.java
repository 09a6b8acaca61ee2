package org.neuronmodels.core.integrate;

/**
 * A right-hand side whose every equation is linear in its own variable,
 * {@code dy_k/dt = A_k − B_k·y_k} with {@code A_k}, {@code B_k} free of
 * {@code y_k} (they may depend on the other variables and the input): what
 * {@link ExponentialEuler} needs, as Brian2's {@code exponential_euler}.
 */
public interface ConditionallyLinearSystem extends OdeSystem {

	/**
	 * As {@link #derivatives}, writing {@code dy_k/dt} into {@code dydt[k][j]}
	 * (written as the model prefers: {@code A − B·y} or otherwise) and each
	 * variable's own linear coefficient {@code B_k} (1/ms) into {@code rate[k][j]}.
	 */
	void linearised(int first, int count, double[][] y, double[] input, double[][] dydt, double[][] rate);
}

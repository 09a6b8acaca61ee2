package org.neuronmodels.core.integrate;

/**
 * A right-hand side whose every equation is linear in its own variable,
 * {@code dy_k/dt = A_k − B_k·y_k} with {@code A_k}, {@code B_k} free of
 * {@code y_k} (they may depend on the other variables and the input): what
 * {@link ExponentialEuler} needs, as Brian2's {@code exponential_euler}.
 */
public interface ConditionallyLinearSystem extends OdeSystem {

	/**
	 * As {@link #increments}, writing {@code dt·dy_k/dt} into {@code inc[k][j]}
	 * (written as the model prefers: {@code dt·(A − B·y)} or otherwise) and each
	 * variable's own linear coefficient times the step, {@code dt·B_k}, into {@code rate[k][j]}.
	 */
	void linearised(int first, int count, double[][] y, double[] input, double dt, double[][] inc,
		double[][] rate);
}

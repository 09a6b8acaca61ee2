package org.neuronmodels.core.equation.codegen;

import org.neuronmodels.core.random.RandomStream;

/**
 * The base of every generated block step: the arrays a step reads and
 * writes, structure-of-arrays ({@code state[variable][neuron]}). A generated
 * subclass implements {@link #step} as one loop over the neurons with the
 * model's update written out in bytecode.
 */
public abstract class EquationKernel {

	/** State variables, {@code [variable][neuron]}, updated in place. */
	protected double[][] state;
	/** Parameters, {@code [parameter][neuron]}. */
	protected double[][] parameters;
	/** Values of parameters and dt only, {@code [value][neuron]}, computed once. */
	protected double[][] hoisted;
	/** Steps of refractoriness left per neuron. */
	protected int[] refractoryLeft;
	/** Refractory period in steps per neuron. */
	protected int[] refractorySteps;
	/** The time step, ms. */
	protected double dt;
	/** Standard normal draws for white noise. */
	protected RandomStream random;
	/** The number of neurons. */
	protected int n;

	/** Gives the kernel the arrays it works on (all of length {@code n} per row). */
	public final void bind(final double[][] state, final double[][] parameters, final double[][] hoisted,
		final int[] refractoryLeft, final int[] refractorySteps, final double dt, final RandomStream random)
	{
		this.state = state;
		this.parameters = parameters;
		this.hoisted = hoisted;
		this.refractoryLeft = refractoryLeft;
		this.refractorySteps = refractorySteps;
		this.dt = dt;
		this.random = random;
		this.n = refractoryLeft.length;
	}

	/**
	 * Advances every neuron from time {@code t} (ms) by one step with {@code input}
	 * (one value per neuron), writing the indices of the neurons that spiked into
	 * {@code spiked}; returns how many did.
	 */
	public abstract int step(double[] input, double t, int[] spiked);
}

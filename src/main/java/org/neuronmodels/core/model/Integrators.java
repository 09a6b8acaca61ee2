package org.neuronmodels.core.model;

/**
 * The names of the integration schemes, as in the {@code integrator} inputs
 * and {@link ModelDescriptor#integrators()}: compile-time constants that the
 * commands' {@code choices} reference.
 */
public final class Integrators {

	/** The exact update for input held constant over a step (linear models). */
	public static final String EXACT = "Exact";
	/** Forward Euler, first order. */
	public static final String EULER = "Euler";
	/** Heun's method (explicit trapezoid, RK2), second order. */
	public static final String HEUN = "Heun";
	/** The classical fourth-order Runge–Kutta method. */
	public static final String RK4 = "RK4";
	/** Exponential Euler for conditionally linear equations (each variable's own linear part exact). */
	public static final String EXPONENTIAL_EULER = "Exponential Euler";

	private Integrators() {}
}

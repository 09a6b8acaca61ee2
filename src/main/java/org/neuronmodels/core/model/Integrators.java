package org.neuronmodels.core.model;

/**
 * The names of the shared integration schemes of
 * {@link org.neuronmodels.core.integrate.IntegratorRegistry}, as in the
 * {@code integrator} inputs and {@link ModelDescriptor#integrators()}:
 * compile-time constants that the commands' {@code choices} reference. The
 * schemes themselves live in {@link org.neuronmodels.core.integrate}.
 */
public final class Integrators {

	/** The exact update for input held constant over a step (linear models). */
	public static final String EXACT = org.neuronmodels.core.integrate.Exact.NAME;
	/** Forward Euler, first order. */
	public static final String EULER = org.neuronmodels.core.integrate.Euler.NAME;
	/** Heun's method (explicit trapezoid, RK2), second order. */
	public static final String HEUN = org.neuronmodels.core.integrate.Heun.NAME;
	/** The classical fourth-order Runge–Kutta method. */
	public static final String RK4 = org.neuronmodels.core.integrate.Rk4.NAME;
	/** Exponential Euler for conditionally linear equations (each variable's own linear part exact). */
	public static final String EXPONENTIAL_EULER = org.neuronmodels.core.integrate.ExponentialEuler.NAME;

	private Integrators() {}
}

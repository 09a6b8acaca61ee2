package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.integrate.OdeSystem;

/**
 * The Izhikevich right-hand side term by term, {@code dv/dt = f(v, u, I)} and
 * {@code du/dt = a·g(v, u)}, for the paper loops of {@link IzhikevichLoops},
 * which update v and u one after the other in the figure code's own
 * operation order (so that they round exactly as the MATLAB loops and the
 * network's Izhikevich kernel do).
 */
interface IzhikevichEquations extends OdeSystem {

	/** {@code f(v, u, I)} of neuron {@code i}, e.g. {@code 0.04v² + 5v + 140 − u + I}. */
	double dv(int i, double v, double u, double current);

	/** {@code g(v, u)} of neuron {@code i} (du/dt divided by a), e.g. {@code b·v − u}. */
	double uDrive(int i, double v, double u);

	/** The recovery time scale {@code a} of neuron {@code i}, 1/ms. */
	double a(int i);
}

/**
 * The shared integrators, in the spirit of Brian2's state updaters: forward
 * Euler, Heun (RK2), classical RK4, exponential Euler and the exact update of
 * linear equations, each written once, generic over a structure-of-arrays
 * right-hand side ({@link org.neuronmodels.core.integrate.OdeSystem}: the
 * increments dt·f of a block of neurons into scratch arrays, no allocation per
 * step), and looked up by name in the
 * {@link org.neuronmodels.core.integrate.IntegratorRegistry}. A model supplies
 * its right-hand side (plus, for exponential Euler, each variable's own linear
 * coefficient, {@link org.neuronmodels.core.integrate.ConditionallyLinearSystem};
 * for the exact update, time constants and targets,
 * {@link org.neuronmodels.core.integrate.LinearSystem}) and lists the names it
 * supports in its descriptor; a model may register a scheme of its own (the
 * Izhikevich paper loops are such). Conductance models without a reset (Hodgkin-Huxley,
 * Morris–Lecar) share their stepping and threshold-crossing spike detection through
 * {@link org.neuronmodels.core.integrate.CrossingPopulation}.
 */
package org.neuronmodels.core.integrate;

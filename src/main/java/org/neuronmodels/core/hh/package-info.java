/**
 * The Hodgkin-Huxley neuron (per membrane area: uA/cm2, mS/cm2, uF/cm2): rate
 * functions and their conventions, parameters, population kernels,
 * integrators and the single-neuron simulation. Pure Java.
 */
package org.neuronmodels.core.hh;

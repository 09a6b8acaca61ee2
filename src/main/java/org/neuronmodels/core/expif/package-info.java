/**
 * The exponential integrate-and-fire neuron (Fourcaud-Trocme et al. 2003):
 * parameters, the exponential term, population step kernels, integrators and
 * the single-neuron simulation. Pure Java.
 */
package org.neuronmodels.core.expif;

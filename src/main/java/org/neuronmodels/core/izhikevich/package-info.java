/**
 * The Izhikevich (2003, 2004) neuron: parameters, the published presets and
 * the 20-neuron-type gallery with its protocols, the published and
 * alternative integration schemes, population kernels and the single-neuron
 * simulation. Pure Java.
 */
package org.neuronmodels.core.izhikevich;

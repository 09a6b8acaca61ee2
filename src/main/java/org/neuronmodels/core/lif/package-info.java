/**
 * The leaky integrate-and-fire neuron: parameters (ms, mV, nA, MOhm), the
 * population step kernels with their integrators, the single-neuron
 * simulation and the LIF descriptor. Pure Java.
 */
package org.neuronmodels.core.lif;

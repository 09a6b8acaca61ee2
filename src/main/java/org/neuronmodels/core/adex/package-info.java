/**
 * The adaptive exponential integrate-and-fire neuron (Brette and Gerstner
 * 2005; Naud et al. 2008 presets): parameters, presets, population kernels
 * and the single-neuron simulation. Pure Java.
 */
package org.neuronmodels.core.adex;

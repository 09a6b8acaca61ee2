/**
 * The Traub–Miles (1991) Hodgkin–Huxley-type point neuron of the COBAHH benchmark (Brette et al. 2007) as a
 * model descriptor, so that single-neuron runs, f–I curves and sweeps use the network's own kernels
 * ({@link org.neuronmodels.core.network.TraubMilesNeurons}).
 */
package org.neuronmodels.core.traubmiles;

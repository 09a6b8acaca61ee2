/**
 * Spiking networks: populations (LIF, Izhikevich, Traub-Miles) with their
 * fused step kernels, any registered model wrapped as a population
 * (ModelNetworkPopulation), synapse channels and projections with delays,
 * connection rules, Poisson drive, the network engine (chunks on the shared
 * core.sim.StepLoop) and the recording of chosen neurons, the
 * published presets (NetworkPreset, built by NetworkBuilder and
 * TraubMilesAndIzhikevichNetworks) and their results. Pure Java; seeds make
 * every run bit-identical at any thread count.
 */
package org.neuronmodels.core.network;

/**
 * Spiking networks: populations (LIF, Izhikevich, Traub-Miles) with their
 * fused step kernels, synapse channels and projections with delays,
 * connection rules, Poisson drive, the stepping engine and its scheduler, the
 * published presets (NetworkPreset, built by NetworkBuilder and
 * TraubMilesAndIzhikevichNetworks) and their results. Pure Java; seeds make
 * every run bit-identical at any thread count.
 */
package org.neuronmodels.core.network;

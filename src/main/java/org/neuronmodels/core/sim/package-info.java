/**
 * The shared simulation machinery: the SpikingPopulation contract every
 * model's kernels implement, the one stepping loop of every run (StepLoop:
 * chunks, the StepScheduler that runs them on threads, blow-up Faults,
 * progress and cancellation; PopulationChunk: one population with its input,
 * recording hook and blow-up check), simulation results, current input, and
 * the numerical-instability error. Pure Java.
 */
package org.neuronmodels.core.sim;

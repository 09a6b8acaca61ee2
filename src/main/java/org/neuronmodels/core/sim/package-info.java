/**
 * The shared simulation machinery: the SpikingPopulation contract every
 * model's kernels implement, simulation results, current input, progress
 * monitoring and cancellation, and the numerical-instability error. Pure Java.
 */
package org.neuronmodels.core.sim;

/**
 * Input currents as functions of time sampled on the run's time grid: steps,
 * pulse trains, ramps, sines, triangles, white and Ornstein-Uhlenbeck noise,
 * tables read from CSV columns (CsvColumns, parsed with Apache Commons CSV)
 * and their sums; StimulusSpec turns the commands' shared stimulus inputs
 * into a Stimulus. Pure Java.
 */
package org.neuronmodels.core.stimulus;

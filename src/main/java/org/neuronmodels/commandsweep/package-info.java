/**
 * Sweeps of any command's inputs over a one- or two-dimensional grid
 * (SweepRequest, CommandSweep), run point by point through module.ModuleRuns
 * or, for commands that implement PopulationSweepable, as one population; the
 * outcome is heatmaps, charts and a table (SweepOutcome). Not to be confused
 * with core.sweep, the framework-free population sweeps and f-I curves.
 */
package org.neuronmodels.commandsweep;

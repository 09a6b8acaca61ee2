/**
 * Population sweeps in pure Java: f-I curves (FiCurve, rheobase search,
 * theory), the vectorised LIF grid sweep (LifSweep), sweep grids, axes and
 * results, and ParallelRuns, which runs independent tasks on a fixed number
 * of threads with results in task order. Not to be confused with the
 * commandsweep package, which sweeps a command's inputs.
 */
package org.neuronmodels.core.sweep;

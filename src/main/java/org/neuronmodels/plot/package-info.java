/**
 * Core results as JFreeChart charts (traces, f-I, phase planes, rasters,
 * sweeps, Bode plots) built without opening windows, and the plotted data as
 * records for export (ChartData). Depends on core only; chart files are
 * written by io.ChartFiles.
 */
package org.neuronmodels.plot;

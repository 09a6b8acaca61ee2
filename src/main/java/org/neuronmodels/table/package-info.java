/**
 * Core results as ImageJ ResultsTables (analysis, sweeps, Izhikevich gallery,
 * script tables). Depends on core only; CSV files are written by io.CsvFiles.
 */
package org.neuronmodels.table;

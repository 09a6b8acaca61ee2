/**
 * Files in and out, in one place: JSON of run records through Gson
 * ({@link org.neuronmodels.io.Json}), CSV written through Apache Commons CSV
 * ({@link org.neuronmodels.io.CsvFiles}), TIFF images
 * ({@link org.neuronmodels.io.TiffFiles}), chart images and chart data
 * ({@link org.neuronmodels.io.ChartFiles}), atomic single files
 * ({@link org.neuronmodels.io.AtomicFiles}) and atomic output folders
 * ({@link org.neuronmodels.io.OutputFolder}: everything or nothing, plus
 * {@code outputs.json}). Depends on core, image, plot and table only; never
 * opens a window. Numeric CSV columns that core reads itself (stimulus tables,
 * recordings) are parsed in {@code core.stimulus.CsvColumns} with the same
 * Commons CSV library (see ARCHITECTURE.md).
 */
package org.neuronmodels.io;

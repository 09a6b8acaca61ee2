/**
 * NWB 2.x (Neurodata Without Borders, HDF5 underneath) in and out, on the pure-Java HDF5
 * library jhdf: {@link org.neuronmodels.io.nwb.NwbFile} lists and reads current-clamp
 * recordings, their stimulus series and units tables, converted to the core's units (mV, nA,
 * ms); {@link org.neuronmodels.io.nwb.ResultsH5Writer} writes a run's results in an NWB-like
 * layout ({@code results.h5}). Depends only on {@code core} and jhdf. Chunked datasets are
 * read chunk by chunk (jhdf 0.9.4's sliced read of a chunked dataset returns zeros after the
 * first chunk), so memory stays bounded by one chunk when streaming.
 */
package org.neuronmodels.io.nwb;

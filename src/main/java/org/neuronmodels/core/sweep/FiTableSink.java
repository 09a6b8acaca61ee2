package org.neuronmodels.core.sweep;

import org.neuronmodels.core.record.StagedData;

/** The rows of a streamed f–I run written to a data file as they come (the table, one row per current). */
public interface FiTableSink extends FiSink, StagedData {}

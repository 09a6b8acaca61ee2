package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.io.File;

import org.neuronmodels.core.analysis.ObservedSpikes;
import org.neuronmodels.core.analysis.RecordedSweep;
import org.scijava.service.SciJavaService;

/**
 * Reading NWB 2.x files (electrophysiology recordings) for commands and
 * scripts ({@code #@ NwbService nwb}), in the core's units (mV, nA, ms). Every
 * problem is an {@code InvalidParameterException} whose message starts with
 * the caller's field name and names the file and the HDF5 object path.
 */
public interface NwbService extends SciJavaService {

	/** Whether {@code file} is named .nwb/.h5/.hdf5 or starts with the HDF5 signature (read it here, not as CSV). */
	boolean isNwb(File file);

	/** One line: NWB version, numbers of series and units, the intracellular-recordings table. */
	String summary(File file, String fileField);

	/** Every time series: path, type, unit, samples, start (ms), dt (ms), duration (ms), sweep, problem. */
	ResultsTable seriesTable(File file, String fileField);

	/** Every unit of every units table: table, id, spikes, spikes observed, observed time (ms). */
	ResultsTable unitsTable(File file, String fileField);

	/**
	 * The voltage series {@code series} (name, path or sweep number) and, if
	 * {@code stimulusField} is not null, the stimulus series of its sweep (same
	 * sweep_number, same start and sampling; a missing one is an error named
	 * {@code stimulusField}).
	 */
	RecordedSweep sweep(File file, String series, String stimulusField, String fileField, String seriesField);

	/** The current series {@code series} (name, path, or the stimulus of a sweep number), as a sweep without voltage. */
	RecordedSweep stimulus(File file, String series, String fileField, String seriesField);

	/**
	 * The spike times of unit {@code unitId} (blank: the file's only unit):
	 * those inside its obs_intervals, with the span of the intervals as window
	 * (NaN, NaN without intervals).
	 */
	ObservedSpikes spikes(File file, String unitId, String fileField, String unitField);
}

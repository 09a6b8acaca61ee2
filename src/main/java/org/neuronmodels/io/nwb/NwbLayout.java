package org.neuronmodels.io.nwb;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Names of the NWB 2.x layout the reader and the writer use (core namespace, schema 2.x). */
public final class NwbLayout {

	private NwbLayout() {}

	/** Root attribute holding the NWB version (2.x: an attribute; 1.x had a dataset). */
	public static final String NWB_VERSION = "nwb_version";
	/** Attribute naming an object's type, e.g. {@code CurrentClampSeries}. */
	public static final String TYPE = "neurodata_type";
	/** Attribute naming the type's namespace, e.g. {@code core}. */
	public static final String NAMESPACE = "namespace";

	/** Groups whose children are time series, in the order they are listed and searched. */
	public static final List<String> SERIES_GROUPS = Collections.unmodifiableList(Arrays.asList("/acquisition",
		"/stimulus/presentation", "/stimulus/templates", "/analysis"));
	/** Group of processing modules (each may hold series and units tables). */
	public static final String PROCESSING = "/processing";
	/** The file's main units table. */
	public static final String UNITS = "/units";
	/** Where recorded stimuli are. */
	public static final String STIMULUS = "/stimulus/presentation";
	/** The intracellular-recordings table (NWB ≥ 2.4), listed but not used to pair series. */
	public static final String INTRACELLULAR_RECORDINGS = "/general/intracellular_ephys/intracellular_recordings";

	/** A series' data, with attributes unit, conversion, offset, resolution. */
	public static final String DATA = "data";
	/** Scalar start time in seconds with attribute {@link #RATE} (Hz). */
	public static final String STARTING_TIME = "starting_time";
	/** Sampling rate attribute of {@link #STARTING_TIME}, in Hz. */
	public static final String RATE = "rate";
	/** Sample times in seconds (instead of starting_time and rate). */
	public static final String TIMESTAMPS = "timestamps";
	/** Attribute of a PatchClampSeries: the sweep it belongs to. */
	public static final String SWEEP_NUMBER = "sweep_number";
	/** Data attributes. */
	public static final String UNIT = "unit", CONVERSION = "conversion", OFFSET = "offset",
		RESOLUTION = "resolution";

	/** Units table columns: flat spike times (seconds) and the end index of each unit's spikes. */
	public static final String SPIKE_TIMES = "spike_times", SPIKE_TIMES_INDEX = "spike_times_index";
	/** Units table columns: observation intervals [start, stop] in seconds and their end indices. */
	public static final String OBS_INTERVALS = "obs_intervals", OBS_INTERVALS_INDEX = "obs_intervals_index";
	/** Row ids of a dynamic table. */
	public static final String ID = "id";

	/** The time-series types the reader reads (1-D data with a time base). */
	public static final List<String> SERIES_TYPES = Collections.unmodifiableList(Arrays.asList("TimeSeries",
		"PatchClampSeries", "CurrentClampSeries", "IZeroClampSeries", "VoltageClampSeries",
		"CurrentClampStimulusSeries", "VoltageClampStimulusSeries"));
}

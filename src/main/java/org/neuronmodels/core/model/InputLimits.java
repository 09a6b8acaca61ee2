package org.neuronmodels.core.model;

/**
 * Ranges shared by many command inputs that belong to no single model
 * (durations, currents, windows), as compile-time constants for the
 * {@code min}/{@code max} of SciJava annotations. The core checks the same
 * limits where it validates these inputs.
 */
public final class InputLimits {

	/** The smallest positive duration or time step an input accepts, ms. */
	public static final String POSITIVE_MIN = "0.000001";
	/** The lower bound of inputs that may be zero (start times, counts, rates). */
	public static final String ZERO = "0";
	/** The longest duration, ms. */
	public static final String DURATION_MAX = "100000000";
	/** The range of an injected current or offset, in the model's current unit. */
	public static final String CURRENT_MIN = "-1000000", CURRENT_MAX = "1000000";
	/** The most values along one axis of a sweep or an f–I curve. */
	public static final String COUNT_MAX = "10000000";
	/** The most threads. */
	public static final String THREADS_MAX = "1024";
	/** The range of a potential drawn in a chart, mV. */
	public static final String DRAWN_POTENTIAL_MIN = "-200", DRAWN_POTENTIAL_MAX = "1000";
	/** The largest decimation factor of recorded traces (steps). */
	public static final String RECORD_EVERY_MAX = "1000000";
	/** The step of the dialog's spinner for a potential, mV. */
	public static final String MV_STEP = "1";
	/** The earliest time of a window that may start before the recording, ms. */
	public static final String TIME_MIN = "-100000000";
	/** The highest frequency of a frequency-response sweep, Hz. */
	public static final String FREQUENCY_MAX = "1000000";
	/** The most frequencies of a frequency-response sweep, and the most cycles per frequency. */
	public static final String FREQUENCY_STEPS_MAX = "10000", CYCLES_MAX = "1000";
	/** The most traced points per sweep axis. */
	public static final String TRACES_PER_AXIS_MAX = "5";
	/** The range of a synaptic or Poisson weight, in the synapse's unit. */
	public static final String WEIGHT_MIN = "-1000000", WEIGHT_MAX = "1000000";
	/** The largest connection probability. */
	public static final String PROBABILITY_MAX = "1";
	/** The longest synaptic delay, ms. */
	public static final String DELAY_MAX = "10000";
	/** The largest time step of a network, ms. */
	public static final String NETWORK_DT_MAX = "10";
	/** The most threads of a network run. */
	public static final String NETWORK_THREADS_MAX = "64";
	/** The highest Poisson rate, Hz. */
	public static final String RATE_MAX = "10000000";
	/** The longest rate window, ms. */
	public static final String RATE_WINDOW_MAX = "100000";
	/** The highest stimulus frequency, Hz. */
	public static final String STIMULUS_FREQUENCY_MAX = "100000";
	/** The range of a sine's phase, degrees. */
	public static final String PHASE_MIN = "-360", PHASE_MAX = "360";
	/** One, the smallest count or decimation factor. */
	public static final String ONE = "1";

	private InputLimits() {}
}

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
	/** One, the smallest count or decimation factor. */
	public static final String ONE = "1";

	private InputLimits() {}
}

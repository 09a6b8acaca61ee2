package org.neuronmodels.core.analysis;

/**
 * Samples of a recorded sweep on a uniform grid, in the core's units:
 * sample {@code k} at {@code startMs + k·dtMs} ms; the voltage (mV) and the
 * injected current (nA) each may be absent (null). {@code source} names where
 * it was read from (file and object path), for messages and chart titles.
 */
public final class RecordedSweep {

	private final double startMs, dtMs;
	private final double[] voltage, current;
	private final String source;

	/** A sweep; arrays are kept (not copied): callers pass their own. */
	public RecordedSweep(final double startMs, final double dtMs, final double[] voltage, final double[] current,
		final String source)
	{
		this.startMs = startMs;
		this.dtMs = dtMs;
		this.voltage = voltage;
		this.current = current;
		this.source = source;
	}

	/** Time of sample 0 in ms (the recording's starting_time). */
	public double startMs() {
		return startMs;
	}

	/** Sampling interval in ms. */
	public double dtMs() {
		return dtMs;
	}

	/** The sample times in ms. */
	public double[] time() {
		final int n = voltage != null ? voltage.length : current == null ? 0 : current.length;
		final double[] t = new double[n];
		for (int k = 0; k < n; k++)
			t[k] = startMs + k * dtMs;
		return t;
	}

	/** The membrane potential in mV, or null. */
	public double[] voltage() {
		return voltage;
	}

	/** The injected current in nA, or null. */
	public double[] current() {
		return current;
	}

	/** Where the sweep comes from. */
	public String source() {
		return source;
	}
}

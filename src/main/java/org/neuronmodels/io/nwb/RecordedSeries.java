package org.neuronmodels.io.nwb;

/**
 * The samples of one uniformly sampled series in the core's units (mV, nA):
 * {@code values[k]} at {@code startMs + k·dtMs} ms, {@code startMs} the
 * series' {@code starting_time} (or first timestamp) in ms.
 */
public final class RecordedSeries {

	private final String path;
	private final Quantity quantity;
	private final double startMs, dtMs;
	private final double[] values;

	RecordedSeries(final String path, final Quantity quantity, final double startMs, final double dtMs,
		final double[] values)
	{
		this.path = path;
		this.quantity = quantity;
		this.startMs = startMs;
		this.dtMs = dtMs;
		this.values = values;
	}

	/** The series' HDF5 path. */
	public String path() {
		return path;
	}

	/** What the values measure (their unit is {@code quantity().unit()}). */
	public Quantity quantity() {
		return quantity;
	}

	/** Time of the first sample in ms. */
	public double startMs() {
		return startMs;
	}

	/** Sampling interval in ms. */
	public double dtMs() {
		return dtMs;
	}

	/** The samples (a copy), in {@code quantity().unit()}. */
	public double[] values() {
		return values.clone();
	}

	/** The number of samples. */
	public int length() {
		return values.length;
	}

	/** The sample times in ms: {@code startMs + k·dtMs}. */
	public double[] time() {
		final double[] t = new double[values.length];
		for (int k = 0; k < t.length; k++)
			t[k] = startMs + k * dtMs;
		return t;
	}
}

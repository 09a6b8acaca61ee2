package org.neuronmodels.core.record;

import java.util.Arrays;

/**
 * Spikes as two parallel arrays, in the order they happened: the neuron index
 * and the spike time (ms). Grows by doubling; reading never copies unless
 * asked for arrays.
 */
public final class SpikeRecord {

	private int[] neurons;
	private double[] times;
	private int count;
	private final int[] perNeuron;

	/** An empty record for a population of {@code populationSize} neurons. */
	public SpikeRecord(final int populationSize) {
		this.neurons = new int[16];
		this.times = new double[16];
		this.perNeuron = new int[populationSize];
	}

	/** Appends a spike of {@code neuron} at {@code time} ms. */
	public void add(final int neuron, final double time) {
		if (count == neurons.length) {
			final int capacity = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, 2L * count));
			neurons = Arrays.copyOf(neurons, capacity);
			times = Arrays.copyOf(times, capacity);
		}
		neurons[count] = neuron;
		times[count] = time;
		count++;
		perNeuron[neuron]++;
	}

	/** The total number of spikes. */
	public int count() {
		return count;
	}

	/** The population size this record was made for. */
	public int populationSize() {
		return perNeuron.length;
	}

	/** The neuron of spike {@code k}. */
	public int neuron(final int k) {
		return neurons[k];
	}

	/** The time of spike {@code k} in ms. */
	public double time(final int k) {
		return times[k];
	}

	/** The neuron index of every spike (a copy). */
	public int[] neurons() {
		return Arrays.copyOf(neurons, count);
	}

	/** The time of every spike in ms (a copy). */
	public double[] times() {
		return Arrays.copyOf(times, count);
	}

	/** The number of spikes of each neuron (a copy). */
	public int[] countsPerNeuron() {
		return perNeuron.clone();
	}

	/** The spike times of one neuron in ms. */
	public double[] timesOf(final int neuron) {
		final double[] t = new double[perNeuron[neuron]];
		int j = 0;
		for (int k = 0; k < count; k++)
			if (neurons[k] == neuron) t[j++] = times[k];
		return t;
	}

	/**
	 * The number of spikes with {@code from < time <= to}: spikes are stamped at
	 * the end of the step that crossed threshold, so this counts the spikes
	 * caused by the steps inside {@code [from, to)}.
	 */
	public int countInWindow(final double from, final double to) {
		int c = 0;
		for (int k = 0; k < count; k++)
			if (inWindow(times[k], from, to)) c++;
		return c;
	}

	/** Whether a spike at {@code time} counts in the window {@code (from, to]} ms (as {@link #countInWindow}). */
	public static boolean inWindow(final double time, final double from, final double to) {
		final double eps = 1e-9 * Math.max(1, Math.abs(to));
		return time > from + eps && time <= to + eps;
	}
	/**
	 * Writes the spikes as CSV to {@code out} (not closed): a header
	 * {@code neuron,time_ms}, then one row per spike in record order (time order
	 * for network runs), times in ms with up to 6 decimals (exact for time steps
	 * of 1 ns or more).
	 */
	public void writeCsv(final java.io.OutputStream out) throws java.io.IOException {
		final byte[] buffer = new byte[1 << 16];
		int at = put(buffer, 0, "neuron,time_ms\n");
		for (int k = 0; k < count; k++) {
			if (at > buffer.length - 64) {
				out.write(buffer, 0, at);
				at = 0;
			}
			at = putLong(buffer, at, neurons[k]);
			buffer[at++] = ',';
			final double t = times[k];
			if (!Double.isFinite(t) || Math.abs(t) > 9e12) at = put(buffer, at, Double.toString(t));
			else {
				final long micro = Math.round(t * 1e6);
				if (micro < 0) buffer[at++] = '-';
				final long a = Math.abs(micro);
				at = putLong(buffer, at, a / 1_000_000);
				long frac = a % 1_000_000;
				if (frac != 0) {
					buffer[at++] = '.';
					int digits = 6;
					while (frac % 10 == 0) {
						frac /= 10;
						digits--;
					}
					for (int d = digits - 1; d >= 0; d--) {
						buffer[at + d] = (byte) ('0' + frac % 10);
						frac /= 10;
					}
					at += digits;
				}
			}
			buffer[at++] = '\n';
		}
		out.write(buffer, 0, at);
	}

	private static int put(final byte[] buffer, final int at, final String text) {
		for (int i = 0; i < text.length(); i++)
			buffer[at + i] = (byte) text.charAt(i);
		return at + text.length();
	}

	private static int putLong(final byte[] buffer, final int at, final long value) {
		if (value == 0) {
			buffer[at] = '0';
			return at + 1;
		}
		int digits = 0;
		for (long v = value; v > 0; v /= 10)
			digits++;
		long v = value;
		for (int d = digits - 1; d >= 0; d--) {
			buffer[at + d] = (byte) ('0' + v % 10);
			v /= 10;
		}
		return at + digits;
	}
}

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
}

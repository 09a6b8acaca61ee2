package org.neuronmodels.core.record;

/**
 * Recorded traces: for each recorded neuron, each state variable and the input
 * current, sampled at {@link #time()}. Arrays are returned as they are held
 * (no copy): treat them as read-only.
 */
public final class TraceRecord {

	private final int[] neurons;
	private final String[] variables;
	private final String[] units;
	private final double[] time;
	/** [variable][recorded neuron][sample] */
	private final double[][][] values;
	/** [recorded neuron][sample] */
	private final double[][] current;

	/** Allocates the arrays for {@code samples} samples. */
	public TraceRecord(final int[] neurons, final String[] variables, final String[] units, final int samples) {
		this.neurons = neurons.clone();
		this.variables = variables.clone();
		this.units = units.clone();
		this.time = new double[samples];
		this.values = new double[variables.length][neurons.length][samples];
		this.current = new double[neurons.length][samples];
	}

	/** The bytes needed to record {@code samples} samples of {@code variables} plus current for {@code neurons}. */
	public static double bytesNeeded(final int neurons, final int variables, final int samples) {
		return 8.0 * samples * (1 + (double) neurons * (variables + 1));
	}

	/** The recorded neuron indices. */
	public int[] neurons() {
		return neurons.clone();
	}

	/** The names of the recorded variables. */
	public String[] variables() {
		return variables.clone();
	}

	/** The units of the recorded variables. */
	public String[] units() {
		return units.clone();
	}

	/** The sample times in ms. */
	public double[] time() {
		return time;
	}

	/** Variable {@code variable} of the {@code slot}-th recorded neuron. */
	public double[] values(final int variable, final int slot) {
		return values[variable][slot];
	}

	/** Variable named {@code name} of the {@code slot}-th recorded neuron. */
	public double[] values(final String name, final int slot) {
		for (int v = 0; v < variables.length; v++)
			if (variables[v].equals(name)) return values[v][slot];
		throw new IllegalArgumentException("No recorded variable '" + name + "'");
	}

	/** The voltage (variable 0) of the {@code slot}-th recorded neuron. */
	public double[] voltage(final int slot) {
		return values[0][slot];
	}

	/** The input current of the {@code slot}-th recorded neuron. */
	public double[] current(final int slot) {
		return current[slot];
	}

	/** Stores sample {@code sample}: the time and, per recorded neuron, the state and input. */
	public void store(final int sample, final double t, final double[][] state, final double[] input) {
		time[sample] = t;
		for (int s = 0; s < neurons.length; s++) {
			final int n = neurons[s];
			for (int v = 0; v < variables.length; v++)
				values[v][s][sample] = state[v][n];
			current[s][sample] = input[n];
		}
	}

	/** Sets the time of sample {@code sample} (ms). */
	public void setTime(final int sample, final double t) {
		time[sample] = t;
	}

	/** Sets variable {@code variable} of the {@code slot}-th recorded neuron at sample {@code sample}. */
	public void set(final int variable, final int slot, final int sample, final double value) {
		values[variable][slot][sample] = value;
	}

	/** Sets the input current of the {@code slot}-th recorded neuron at sample {@code sample}. */
	public void setCurrent(final int slot, final int sample, final double value) {
		current[slot][sample] = value;
	}
}

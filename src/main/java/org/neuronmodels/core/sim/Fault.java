package org.neuronmodels.core.sim;

/**
 * The first numerical blow-up one chunk of a run saw: which neuron (global
 * index), which state variable, when, and the bad value. Written only by the
 * thread running the chunk; read after the step loop has stopped.
 */
public class Fault {

	private int neuron = -1;
	private String variable = "V", unit = "mV";
	private double time;
	private double value;

	/** Records a blow-up of the membrane potential unless one is already recorded. */
	public final void set(final int globalNeuron, final double timeMs, final double v) {
		set("V", "mV", globalNeuron, timeMs, v);
	}

	/** Records a blow-up of state variable {@code name} (in {@code units}) unless one is already recorded. */
	public final void set(final String name, final String units, final int globalNeuron, final double timeMs,
		final double v)
	{
		if (neuron >= 0) return;
		neuron = globalNeuron;
		variable = name;
		unit = units;
		time = timeMs;
		value = v;
	}

	/** Whether a blow-up was recorded. */
	public final boolean isSet() {
		return neuron >= 0;
	}

	/** The simulated time of the blow-up in ms. */
	public final double time() {
		return time;
	}

	/** The error to report for this blow-up in a run with time step {@code dt}. */
	public final NumericalInstabilityException toException(final double dt) {
		return new NumericalInstabilityException(variable, unit, neuron, time, value, dt);
	}

	/**
	 * Records in {@code fault} the first neuron of {@code [from, to)} whose voltage
	 * left {@code [lo, hi]} (NaN included), then, if {@code allVariables}, the
	 * first non-finite value of the other state variables, in the order the
	 * single-neuron loop has always checked them. Neuron {@code i} is reported as
	 * {@code offset + i}.
	 */
	public static void check(final Fault fault, final double[][] state, final String[] variables,
		final String[] units, final double lo, final double hi, final int from, final int to, final int offset,
		final double timeMs, final boolean allVariables)
	{
		final double[] v = state[0];
		for (int i = from; i < to; i++) {
			final double x = v[i];
			if (!(x >= lo && x <= hi)) {
				fault.set(offset + i, timeMs, x);
				return;
			}
		}
		if (!allVariables) return;
		for (int s = 1; s < state.length; s++) {
			final double[] x = state[s];
			for (int i = from; i < to; i++)
				if (!Double.isFinite(x[i])) {
					fault.set(variables[s], units[s], offset + i, timeMs, x[i]);
					return;
				}
		}
	}
}

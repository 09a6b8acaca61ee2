package org.neuronmodels.core.integrate;

import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * A population of conductance-based point neurons stepped by a shared
 * {@link Scheme}, with no reset: a spike is an upward crossing of the neuron's
 * threshold, V(t_k) &le; θ &lt; V(t_(k+1)). Subclasses hold the equations and
 * derived variables (e.g. ionic currents, refreshed by {@link #updateDerived})
 * and call {@link #integrate} once their state is set.
 */
public abstract class CrossingPopulation implements SpikingPopulation {

	private final int size;
	private final double dt;
	private final double[] threshold, before;
	private final String[] variables, units;
	/** V first, then the integrated variables, then the derived ones. */
	private final double[][] state;
	private double[] bounds = { -1000, 1000 };
	private Stepper stepper;

	/** {@code state[0]} is V; {@code threshold} (mV) is kept, not copied. */
	protected CrossingPopulation(final double[] threshold, final double dt, final double[][] state,
		final String[] variables, final String[] units)
	{
		this.size = threshold.length;
		this.dt = dt;
		this.threshold = threshold;
		this.state = state;
		this.variables = variables;
		this.units = units;
		this.before = new double[size];
	}

	/** {@code count} arrays of {@code size} zeros: a population's state. */
	protected static double[][] arrays(final int count, final int size) {
		return new double[count][size];
	}

	/** Steps the first {@code integrated} state arrays with {@code scheme} and {@code system}; call once. */
	protected final void integrate(final Scheme scheme, final OdeSystem system, final int integrated) {
		final double[][] y = new double[integrated][];
		System.arraycopy(state, 0, y, 0, integrated);
		stepper = scheme.stepper(system, y, dt);
	}

	/** Sets the voltage bounds (mV) beyond which a run counts as blown up. */
	protected final void bounds(final double lo, final double hi) {
		bounds = size == 0 ? new double[] { -1000, 1000 } : new double[] { lo, hi };
	}

	/** Recomputes neuron {@code i}'s derived variables from its integrated ones. */
	protected abstract void updateDerived(int i);

	@Override
	public final int step(final double[] input, final int[] spiked) {
		final double[] v = state[0];
		System.arraycopy(v, 0, before, 0, size);
		stepper.step(input, 0, size);
		int count = 0;
		for (int i = 0; i < size; i++) {
			updateDerived(i);
			if (before[i] <= threshold[i] && v[i] > threshold[i]) spiked[count++] = i;
		}
		return count;
	}

	@Override
	public final int size() {
		return size;
	}

	@Override
	public final double dt() {
		return dt;
	}

	@Override
	public final double[] voltage() {
		return state[0];
	}

	@Override
	public final String[] variables() {
		return variables.clone();
	}

	@Override
	public final String[] variableUnits() {
		return units.clone();
	}

	@Override
	public final double[] variable(final int index) {
		return state[index];
	}

	@Override
	public final double[] voltageBounds() {
		return bounds.clone();
	}
}

package org.neuronmodels.core.integrate;

/**
 * The exact update of a linear system with constant time constants and input
 * held over the step ({@link LinearSystem}):
 * {@code y ← y∞ + (y − y∞)·exp(−dt/τ)}, with {@code exp(−dt/τ)} computed once
 * per neuron when the stepper is built. "Exact for linear models" in practice:
 * the model's equations are of this form between spikes (LIF), so the update
 * has no discretisation error for piecewise-constant input.
 */
public final class Exact extends Scheme {

	/** The registry name. */
	public static final String NAME = "Exact";

	/** The scheme (the registry holds the shared instance). */
	public Exact() {
		super(NAME, 0, "The exact solution for input held constant over the step, y ← y∞ + (y − y∞)·exp(−dt/τ) " +
			"(linear models).");
	}

	@Override
	public boolean accepts(final OdeSystem system) {
		return system instanceof LinearSystem;
	}

	@Override
	protected Stepper newStepper(final OdeSystem system, final double[][] state, final double dt) {
		final LinearSystem linear = (LinearSystem) system;
		final double[][] decay = new double[state.length][];
		for (int k = 0; k < state.length; k++) {
			decay[k] = new double[state[k].length];
			for (int i = 0; i < decay[k].length; i++)
				decay[k][i] = Math.exp(-dt / linear.timeConstant(k, i));
		}
		return new BlockStepper(system, state, dt) {

			private final double[][] target = scratch();

			@Override
			void block(final int first, final int count, final double[] input) {
				linear.targets(first, count, y0, input, target);
				for (int k = 0; k < dimension; k++) {
					final double[] s = state[k], y = y0[k], t = target[k], d = decay[k];
					for (int j = 0; j < count; j++)
						s[first + j] = t[j] + (y[j] - t[j]) * d[first + j];
				}
			}
		};
	}
}

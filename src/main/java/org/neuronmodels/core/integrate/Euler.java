package org.neuronmodels.core.integrate;

/** Forward Euler, {@code y ← y + dt·f(y)}: first order (Brian2's {@code euler}). */
public final class Euler extends Scheme {

	/** The registry name. */
	public static final String NAME = "Euler";

	/** The scheme (the registry holds the shared instance). */
	public Euler() {
		super(NAME, 1, "Forward Euler, y ← y + dt·f(y); first order.");
	}

	@Override
	protected Stepper newStepper(final OdeSystem system, final double[][] state, final double dt) {
		return new BlockStepper(system, state, dt) {

			private final double[][] k1 = scratch();

			@Override
			void block(final int first, final int count, final double[] input) {
				system.increments(first, count, y0, input, dt, k1);
				for (int k = 0; k < dimension; k++) {
					final double[] s = state[k], y = y0[k], f = k1[k];
					for (int j = 0; j < count; j++)
						s[first + j] = y[j] + f[j];
				}
			}
		};
	}
}

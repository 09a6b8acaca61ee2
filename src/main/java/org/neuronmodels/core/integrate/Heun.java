package org.neuronmodels.core.integrate;

/**
 * Heun's method (explicit trapezoid, RK2): {@code ỹ = y + dt·f(y)},
 * {@code y ← y + dt/2·(f(y) + f(ỹ))}; second order.
 */
public final class Heun extends Scheme {

	/** The registry name. */
	public static final String NAME = "Heun";

	/** The scheme (the registry holds the shared instance). */
	public Heun() {
		super(NAME, 2, "Heun's method (explicit trapezoid, RK2), y ← y + dt/2·(f(y) + f(y + dt·f(y))); second order.");
	}

	@Override
	protected Stepper newStepper(final OdeSystem system, final double[][] state, final double dt) {
		return new BlockStepper(system, state, dt) {

			private final double[][] k1 = scratch(), k2 = scratch(), predicted = scratch();

			@Override
			void block(final int first, final int count, final double[] input) {
				system.increments(first, count, y0, input, dt, k1);
				stage(predicted, 1, k1, count);
				system.increments(first, count, predicted, input, dt, k2);
				for (int k = 0; k < dimension; k++) {
					final double[] s = state[k], y = y0[k], a = k1[k], b = k2[k];
					for (int j = 0; j < count; j++)
						s[first + j] = y[j] + 0.5 * (a[j] + b[j]);
				}
			}
		};
	}
}

package org.neuronmodels.core.integrate;

/**
 * The classical fourth-order Runge–Kutta method on increments {@code k = dt·f}:
 * k1 at y, k2 at {@code y + k1/2}, k3 at {@code y + k2/2}, k4 at {@code y + k3};
 * {@code y ← y + (k1 + 2k2 + 2k3 + k4)/6} (the operation order of the
 * equation models' generated RK4).
 */
public final class Rk4 extends Scheme {

	/** The registry name. */
	public static final String NAME = "RK4";

	/** The scheme (the registry holds the shared instance). */
	public Rk4() {
		super(NAME, 4, "Classical fourth-order Runge-Kutta, y ← y + dt/6·(k1 + 2k2 + 2k3 + k4).");
	}

	@Override
	protected Stepper newStepper(final OdeSystem system, final double[][] state, final double dt) {
		return new BlockStepper(system, state, dt) {

			private final double[][] k1 = scratch(), k2 = scratch(), k3 = scratch(), k4 = scratch(), y = scratch();

			@Override
			void block(final int first, final int count, final double[] input) {
				system.increments(first, count, y0, input, dt, k1);
				stage(y, 0.5, k1, count);
				system.increments(first, count, y, input, dt, k2);
				stage(y, 0.5, k2, count);
				system.increments(first, count, y, input, dt, k3);
				stage(y, 1, k3, count);
				system.increments(first, count, y, input, dt, k4);
				for (int k = 0; k < dimension; k++) {
					final double[] s = state[k], start = y0[k], a = k1[k], b = k2[k], c = k3[k], d = k4[k];
					for (int j = 0; j < count; j++)
						s[first + j] = start[j] + (a[j] + 2 * b[j] + 2 * c[j] + d[j]) / 6;
				}
			}
		};
	}
}

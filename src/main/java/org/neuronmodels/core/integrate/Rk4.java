package org.neuronmodels.core.integrate;

/**
 * The classical fourth-order Runge–Kutta method: slopes k1 at y, k2 at
 * {@code y + dt/2·k1}, k3 at {@code y + dt/2·k2}, k4 at {@code y + dt·k3};
 * {@code y ← y + dt/6·(k1 + 2k2 + 2k3 + k4)}.
 */
public final class Rk4 extends Integrator {

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
			private final double half = dt / 2, sixth = dt / 6;

			@Override
			void block(final int first, final int count, final double[] input) {
				system.derivatives(first, count, y0, input, k1);
				stage(y, half, k1, count);
				system.derivatives(first, count, y, input, k2);
				stage(y, half, k2, count);
				system.derivatives(first, count, y, input, k3);
				stage(y, dt, k3, count);
				system.derivatives(first, count, y, input, k4);
				for (int k = 0; k < dimension; k++) {
					final double[] s = state[k], start = y0[k], a = k1[k], b = k2[k], c = k3[k], d = k4[k];
					for (int j = 0; j < count; j++)
						s[first + j] = start[j] + sixth * (a[j] + 2 * b[j] + 2 * c[j] + d[j]);
				}
			}
		};
	}
}

package org.neuronmodels.core.integrate;

/**
 * Exponential Euler as Brian2's {@code exponential_euler}: every variable
 * obeys {@code dy/dt = A − B·y} with {@code A}, {@code B} taken at the state at
 * the start of the step ({@link ConditionallyLinearSystem}), and is advanced
 * exactly for that frozen linear equation,
 * {@code y ← y∞ + (y − y∞)·e^(−B·dt)}, written
 * {@code y ← y + dt·f·(1 − e^(−B·dt))/(B·dt)} so that it stays exact as
 * {@code B·dt → 0}. First order in dt; exact for linear equations with
 * constant coefficients; a gate relaxing to a value in [0, 1] stays there for
 * any dt.
 */
public final class ExponentialEuler extends Scheme {

	/** The registry name. */
	public static final String NAME = "Exponential Euler";

	/** The scheme (the registry holds the shared instance). */
	public ExponentialEuler() {
		super(NAME, 1, "Exponential Euler: each variable's own linear part solved exactly over the step, the " +
			"rest frozen at its start (Brian2's exponential_euler); first order.");
	}

	@Override
	public boolean accepts(final OdeSystem system) {
		return system instanceof ConditionallyLinearSystem;
	}

	@Override
	protected Stepper newStepper(final OdeSystem system, final double[][] state, final double dt) {
		final ConditionallyLinearSystem linear = (ConditionallyLinearSystem) system;
		return new BlockStepper(system, state, dt) {

			private final double[][] inc = scratch(), rate = scratch();

			@Override
			void block(final int first, final int count, final double[] input) {
				linear.linearised(first, count, y0, input, dt, inc, rate);
				for (int k = 0; k < dimension; k++) {
					final double[] s = state[k], y = y0[k], f = inc[k], z = rate[k];
					for (int j = 0; j < count; j++)
						s[first + j] = y[j] + f[j] * relax(z[j]);
				}
			}
		};
	}

	/**
	 * {@code (1 − e^(−z))/z}, with the limit 1 at z = 0 (series {@code 1 − z/2}
	 * for |z| &lt; 1e-8, where it is exact to rounding).
	 */
	public static double relax(final double z) {
		if (Math.abs(z) < 1e-8) return 1 - z / 2;
		return -Math.expm1(-z) / z;
	}
}

package org.neuronmodels.core.integrate;

/**
 * One integration scheme of the {@link IntegratorRegistry}: its name (as in
 * the {@code integrator} inputs), its order of convergence on smooth
 * solutions, and a factory of {@link Stepper}s that advance a population's
 * state with it. Every scheme holds the input at its value at the start of
 * the step.
 */
public abstract class Scheme {

	private final String name, description;
	private final int order;

	/** A scheme called {@code name}, of order {@code order} in dt, described in one sentence. */
	protected Scheme(final String name, final int order, final String description) {
		if (name == null || name.trim().isEmpty()) throw new IllegalArgumentException("an integrator needs a name");
		this.name = name;
		this.order = order;
		this.description = description;
	}

	/** The name in the {@code integrator} inputs and descriptors, e.g. {@code "RK4"}. */
	public final String name() {
		return name;
	}

	/** The global order of convergence in dt on smooth solutions (0 for an exact update). */
	public final int order() {
		return order;
	}

	/** One sentence on what the scheme does. */
	public final String description() {
		return description;
	}

	/** Whether this scheme can advance {@code system} (exponential Euler and the exact update need more structure). */
	public boolean accepts(final OdeSystem system) {
		return true;
	}

	/**
	 * A stepper advancing {@code state} ({@code state[k][i]}: variable {@code k}
	 * of neuron {@code i}, live arrays updated in place) by {@code dt} ms with
	 * the right-hand side {@code system}.
	 */
	public final Stepper stepper(final OdeSystem system, final double[][] state, final double dt) {
		if (!accepts(system)) throw new IllegalArgumentException(name + " cannot advance " + system.getClass()
			.getSimpleName());
		if (!(dt > 0)) throw new IllegalArgumentException("dt must be positive: " + dt);
		return newStepper(system, state, dt);
	}

	/** Builds the stepper of {@link #stepper} (arguments checked). */
	protected abstract Stepper newStepper(OdeSystem system, double[][] state, double dt);

	@Override
	public String toString() {
		return name;
	}
}

package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.integrate.OdeSystem;
import org.neuronmodels.core.integrate.Stepper;

/**
 * The Izhikevich model's own integrators, registered in the
 * {@link IntegratorRegistry} under {@link IzhikevichModel#PUBLISHED} (the loop
 * of figure1.m, Izhikevich 2004) and {@link IzhikevichModel#NET_M} (the
 * half-steps of net.m, Izhikevich 2003): sequential updates, v first, then u
 * with the new v, that only the Izhikevich equations ({@link IzhikevichEquations})
 * can take. Both are first order in dt.
 */
final class IzhikevichLoops extends Scheme {

	/** figure1.m: {@code v ← v + dt·f(v, u, I)}, then {@code u ← u + dt·a·g(v_new, u)}. */
	static final IzhikevichLoops FIGURE_1 = register(new IzhikevichLoops(IzhikevichModel.PUBLISHED, false,
		"Izhikevich's figure1.m loop (2004): v <- v + dt*f(v, u, I), then u <- u + dt*a*g(v_new, u); first order."));

	/** net.m: two half-steps {@code v ← v + dt/2·f(v, u, I)}, then {@code u ← u + dt·a·g(v_new, u)}. */
	static final IzhikevichLoops NET_M = register(new IzhikevichLoops(IzhikevichModel.NET_M, true,
		"Izhikevich's net.m loop (2003): two half-steps of v, then u with the new v; first order."));

	private final boolean halfSteps;

	private IzhikevichLoops(final String name, final boolean halfSteps, final String description) {
		super(name, 1, description);
		this.halfSteps = halfSteps;
	}

	private static IzhikevichLoops register(final IzhikevichLoops loop) {
		IntegratorRegistry.register(loop);
		return loop;
	}

	/** Registers both loops (idempotent; class initialisation does the work). */
	static void ensureRegistered() {
		// FIGURE_1 and NET_M are registered when this class initialises.
	}

	@Override
	public boolean accepts(final OdeSystem system) {
		return system instanceof IzhikevichEquations;
	}

	@Override
	protected Stepper newStepper(final OdeSystem system, final double[][] state, final double dt) {
		final IzhikevichEquations eq = (IzhikevichEquations) system;
		final double[] v = state[0], u = state[1];
		return (input, from, to) -> {
			for (int i = from; i < to; i++) {
				double x = v[i];
				final double y = u[i], current = input[i];
				if (halfSteps) {
					x += 0.5 * dt * eq.dv(i, x, y, current);
					x += 0.5 * dt * eq.dv(i, x, y, current);
				}
				else x += dt * eq.dv(i, x, y, current);
				v[i] = x;
				u[i] = y + dt * eq.a(i) * eq.uDrive(i, x, y);
			}
		};
	}
}

package org.neuronmodels.core.equation;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.Integrators;

/**
 * How an equation model advances by one step {@code dt} with the step's input
 * held constant: the schemes of the shared registry
 * ({@link org.neuronmodels.core.integrate.IntegratorRegistry}), by the same
 * names, generated as bytecode here (the compiled step program inlines the
 * scheme instead of calling a generic stepper). {@code inc(x) = dt·f(x)}, written {@code (dt/D)·N} when
 * {@code f = N/D} and {@code (dt·P)·N} when {@code f = P·N} with {@code D},
 * {@code P} free of state (so that {@code dt/D} is computed once per neuron,
 * as the built-in models do).
 */
public enum Integrator {

	/** Forward Euler {@code x ← x + inc(x)}; with white noise, Euler–Maruyama. */
	EULER(Integrators.EULER),

	/** Heun (explicit trapezoid, RK2): {@code x ← x + ½(inc(x) + inc(x + inc(x)))}. */
	HEUN(Integrators.HEUN),

	/** Classical fourth-order Runge–Kutta. */
	RK4(Integrators.RK4),

	/**
	 * Exponential Euler: each equation linear in its own variable,
	 * {@code dx/dt = (c·x + d)/D}, is advanced exactly with the other variables
	 * held: {@code x ← x∞ + (x − x∞)·exp(c·dt/D)}, {@code x∞ = −d/c}. Equations
	 * not involving their own variable take an Euler step; nonlinear ones are refused.
	 */
	EXPONENTIAL_EULER(Integrators.EXPONENTIAL_EULER);

	/** The labels, in order, as a command's {@code choices}. */
	public static final String[] LABELS = { Integrators.EULER, Integrators.HEUN, Integrators.RK4,
		Integrators.EXPONENTIAL_EULER };

	private final String label;

	Integrator(final String label) {
		this.label = label;
	}

	/** The label used in dialogs and macros. */
	public String label() {
		return label;
	}

	/** The integrator with this label or name (case-insensitive). */
	public static Integrator fromLabel(final String label) {
		for (final Integrator i : values())
			if (i.label.equalsIgnoreCase(label) || i.name().equalsIgnoreCase(label) || (i == HEUN && "RK2"
				.equalsIgnoreCase(label))) return i;
		throw new InvalidParameterException("integrator", "integrator = \"" + label + "\" is invalid: must be " +
			"\"Euler\", \"Heun\", \"RK4\" or \"Exponential Euler\"");
	}
}

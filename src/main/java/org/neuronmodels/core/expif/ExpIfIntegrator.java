package org.neuronmodels.core.expif;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.IntegratorRegistry;

/**
 * The exponential integrate-and-fire and AdEx integrator choices of the
 * service's {@code simulateExpIf}/{@code simulateAdEx} methods, by their
 * {@link IntegratorRegistry} names: each is a shared scheme of
 * {@link org.neuronmodels.core.integrate} ({@link #scheme()}), with the input
 * held at its value at the start of the step. Kept for the service API while
 * it takes per-model enums; new code uses the descriptors' {@code scheme(name)}
 * (which also offer RK4). For {@code dx/dt = f(x)}:
 */
public enum ExpIfIntegrator {

	/** Forward Euler, {@code x ← x + dt·f(x)}: first order in dt; what Brian2's {@code method="euler"} does. */
	EULER(org.neuronmodels.core.model.Integrators.EULER),

	/**
	 * Heun's method (explicit trapezoidal rule, RK2):
	 * {@code x̃ = x + dt·f(x)}, {@code x ← x + dt/2·(f(x) + f(x̃))}; second order in dt.
	 */
	HEUN(org.neuronmodels.core.model.Integrators.HEUN);

	private final String label;

	ExpIfIntegrator(final String label) {
		this.label = label;
	}

	/** The label used in dialogs and macros. */
	public String label() {
		return label;
	}

	/** The shared scheme of this name. */
	public Scheme scheme() {
		return IntegratorRegistry.get(label);
	}

	/** The integrator with this label or name (case-insensitive). */
	public static ExpIfIntegrator fromLabel(final String label) {
		for (final ExpIfIntegrator i : values())
			if (i.label.equalsIgnoreCase(label) || i.name().equalsIgnoreCase(label)) return i;
		throw new InvalidParameterException("integrator", "integrator = \"" + label +
			"\" is invalid: must be \"Euler\" or \"Heun\"");
	}
}

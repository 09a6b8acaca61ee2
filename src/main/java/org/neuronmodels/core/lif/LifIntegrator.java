package org.neuronmodels.core.lif;

import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.IntegratorRegistry;

/**
 * The LIF integrator choices of the service's {@code simulateLif} methods, by
 * their {@link IntegratorRegistry} names: each is a shared scheme of
 * {@link org.neuronmodels.core.integrate} ({@link #scheme()}). Kept for the
 * service API while it takes per-model enums; new code uses
 * {@link LifModel#scheme(String)}.
 */
public enum LifIntegrator {

	/**
	 * The exact solution for input held constant over the step:
	 * {@code V ← V∞ + (V − V∞)·exp(−dt/τ)} with {@code V∞ = V_rest + R·I}.
	 */
	EXACT(org.neuronmodels.core.model.Integrators.EXACT),

	/** Forward Euler: {@code V ← V + dt/τ·(−(V − V_rest) + R·I)}; first order in dt. */
	EULER(org.neuronmodels.core.model.Integrators.EULER);

	private final String label;

	LifIntegrator(final String label) {
		this.label = label;
	}

	/** The label used in dialogs and macros. */
	public String label() {
		return label;
	}

	/** The integrator with this label (case-insensitive). */
	public static LifIntegrator fromLabel(final String label) {
		for (final LifIntegrator i : values())
			if (i.label.equalsIgnoreCase(label) || i.name().equalsIgnoreCase(label)) return i;
		throw new org.neuronmodels.core.InvalidParameterException("integrator", "integrator = \"" + label +
			"\" is invalid: must be \"Exact\" or \"Euler\"");
	}

	/** The shared scheme of this name. */
	public Scheme scheme() {
		return IntegratorRegistry.get(label);
	}
}

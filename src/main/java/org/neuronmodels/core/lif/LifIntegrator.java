package org.neuronmodels.core.lif;

/** How a LIF population advances its membrane potential by one step. */
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

	/** The factor multiplying {@code V − V∞} in one step of {@code dt} ms with time constant {@code tau} ms. */
	double decay(final double dt, final double tau) {
		return this == EXACT ? Math.exp(-dt / tau) : 1 - dt / tau;
	}
}

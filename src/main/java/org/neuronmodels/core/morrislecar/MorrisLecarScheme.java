package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.Integrators;

/**
 * How a Morris–Lecar population advances (V, w) by one step. Every scheme
 * holds the injected current at its value at the start of the step (the
 * time-step convention of {@link org.neuronmodels.core}). The model has no
 * reset, so the orders hold through spikes as well.
 */
public enum MorrisLecarScheme {

	/** Classical fourth-order Runge–Kutta on V and w. */
	RK4(Integrators.RK4),
	/** Heun's method (explicit trapezoid): y ← y + dt·(f(y) + f(y + dt·f(y)))/2; second order. */
	HEUN(Integrators.HEUN),
	/** Forward Euler; first order. */
	EULER(Integrators.EULER);

	private final String label;

	MorrisLecarScheme(final String label) {
		this.label = label;
	}

	/** The label used in dialogs and macros. */
	public String label() {
		return label;
	}

	/** The scheme with this label (case-insensitive). */
	public static MorrisLecarScheme fromLabel(final String label) {
		for (final MorrisLecarScheme s : values())
			if (s.label.equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label)) return s;
		throw new InvalidParameterException("integrator", "integrator = \"" + label +
			"\" is invalid: must be \"RK4\", \"Heun\" or \"Euler\"");
	}
}

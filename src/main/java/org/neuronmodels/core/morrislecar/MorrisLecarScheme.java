package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.InvalidParameterException;

/**
 * How a Morris–Lecar population advances (V, w) by one step. Every scheme
 * holds the injected current at its value at the start of the step (the
 * time-step convention of {@link org.neuronmodels.core}). The model has no
 * reset, so the orders hold through spikes as well.
 */
public enum MorrisLecarScheme {

	/** Classical fourth-order Runge–Kutta on V and w. */
	RK4("RK4"),
	/** Heun's method (explicit trapezoid): y ← y + dt·(f(y) + f(y + dt·f(y)))/2; second order. */
	HEUN("Heun"),
	/** Forward Euler; first order. */
	EULER("Euler");

	/** The labels, in order, as a command's {@code choices}; the first is the default. */
	public static final String[] LABELS = { "RK4", "Heun", "Euler" };
	/** The default scheme's label. */
	public static final String DEFAULT = "RK4";

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

package org.neuronmodels.core.hh;

import org.neuronmodels.core.InvalidParameterException;

/**
 * How a Hodgkin-Huxley population advances (V, m, h, n) by one step. Every
 * scheme holds the injected current at its value at the start of the step,
 * {@code I(t_k)}, as the time-step convention of {@link org.neuronmodels.core}
 * says (so with a time-varying input the scheme sees a piecewise-constant
 * current; with a constant input RK4 keeps its fourth order).
 */
public enum HhIntegrator {

	/**
	 * Classical fourth-order Runge-Kutta on all four variables: slopes k1 at
	 * (t, y), k2 at (t + dt/2, y + dt/2·k1), k3 at (t + dt/2, y + dt/2·k2), k4 at
	 * (t + dt, y + dt·k3); y ← y + dt·(k1 + 2k2 + 2k3 + k4)/6.
	 */
	RK4(org.neuronmodels.core.model.Integrators.RK4),

	/**
	 * Exponential Euler as Brian2's {@code exponential_euler}: every variable x
	 * obeys dx/dt = A − B·x with A, B taken from the state at the start of the
	 * step, and is advanced exactly for that frozen linear equation,
	 * {@code x ← x∞ + (x − x∞)·exp(−B·dt)}. For the gates B = φ(α + β); for V,
	 * B = (g_Na m³h + g_K n⁴ + g_L)/C with the old gates. First order in dt;
	 * gates stay in [0, 1] for any dt.
	 */
	EXPONENTIAL_EULER(org.neuronmodels.core.model.Integrators.EXPONENTIAL_EULER),

	/** Forward Euler on all four variables; first order, unstable for dt above about 0.05 ms. */
	EULER(org.neuronmodels.core.model.Integrators.EULER);

	/** The labels, in order, as a command's {@code choices}. */
	public static final String[] LABELS = { "RK4", "Exponential Euler", "Euler" };

	private final String label;

	HhIntegrator(final String label) {
		this.label = label;
	}

	/** The label used in dialogs and macros. */
	public String label() {
		return label;
	}

	/** The integrator with this label (case-insensitive). */
	public static HhIntegrator fromLabel(final String label) {
		for (final HhIntegrator i : values())
			if (i.label.equalsIgnoreCase(label) || i.name().equalsIgnoreCase(label)) return i;
		throw new InvalidParameterException("integrator", "integrator = \"" + label +
			"\" is invalid: must be \"RK4\", \"Exponential Euler\" or \"Euler\"");
	}
}

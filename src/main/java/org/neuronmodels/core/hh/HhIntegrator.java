package org.neuronmodels.core.hh;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.IntegratorRegistry;

/**
 * The Hodgkin-Huxley integrator choices of the service's {@code simulateHh}
 * methods, by their {@link IntegratorRegistry} names: each is a shared scheme
 * of {@link org.neuronmodels.core.integrate} ({@link #scheme()}), applied to
 * the equations of {@link HhPopulation}. Every scheme holds the injected
 * current at its value at the start of the step, {@code I(t_k)}, as the
 * time-step convention of {@link org.neuronmodels.core} says (so with a
 * time-varying input the scheme sees a piecewise-constant current; with a
 * constant input RK4 keeps its fourth order). Kept for the service API while
 * it takes per-model enums; new code uses {@link HhModel#scheme(String)}.
 */
public enum HhIntegrator {

	/** Classical fourth-order Runge-Kutta on all four variables ({@link org.neuronmodels.core.integrate.Rk4}). */
	RK4(org.neuronmodels.core.model.Integrators.RK4),

	/**
	 * Exponential Euler as Brian2's {@code exponential_euler}
	 * ({@link org.neuronmodels.core.integrate.ExponentialEuler}): for the gates
	 * B = φ(α + β); for V, B = (g_Na m³h + g_K n⁴ + g_L)/C with the old gates.
	 * First order in dt; gates stay in [0, 1] for any dt.
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

	/** The shared scheme of this name. */
	public Scheme scheme() {
		return IntegratorRegistry.get(label);
	}

	/** The integrator with this label (case-insensitive). */
	public static HhIntegrator fromLabel(final String label) {
		for (final HhIntegrator i : values())
			if (i.label.equalsIgnoreCase(label) || i.name().equalsIgnoreCase(label)) return i;
		throw new InvalidParameterException("integrator", "integrator = \"" + label +
			"\" is invalid: must be \"RK4\", \"Exponential Euler\" or \"Euler\"");
	}
}

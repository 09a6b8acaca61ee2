package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.model.Integrators;

/**
 * How an Izhikevich population advances (v, u) by one step of {@code dt}
 * with the step's input I held constant: the integrator ({@link #scheme()})
 * and the spike rule. In every scheme a spike ends the
 * step: v is drawn at vPeak for the next sample, u ← u + d at once, and
 * v ← c before the next step is integrated.
 */
public enum IzhikevichScheme {

	/**
	 * The loop of Izhikevich's figure code for the 2004 paper (figure1.m):
	 * {@code v ← v + dt·f(v, u, I)}, then {@code u ← u + dt·g(v_new, u)} with the
	 * <em>new</em> v, then a spike if {@code v > vPeak} (strictly).
	 */
	FIGURE_1("figure1.m (2004)"),

	/**
	 * The loop of net.m (Izhikevich 2003): two half-steps
	 * {@code v ← v + dt/2·f(v, u, I)}, then {@code u ← u + dt·g(v_new, u)}; a
	 * spike if {@code v ≥ vPeak}. With dt = 1 ms these are net.m's 0.5 ms half-steps.
	 */
	NET_M("net.m (2003)"),

	/**
	 * Forward Euler on both variables from the same state:
	 * {@code (v, u) ← (v, u) + dt·(f(v, u, I), g(v, u))}; a spike if {@code v ≥ vPeak}.
	 * First order in dt, converges to the model's equations as dt → 0.
	 */
	EULER("forward Euler");

	private final String label;

	IzhikevichScheme(final String label) {
		this.label = label;
	}

	/** A short human-readable name. */
	public String label() {
		return label;
	}

	/** The registered integrator of this scheme: a paper loop of {@link IzhikevichLoops}, or the shared Euler. */
	public Scheme scheme() {
		switch (this) {
			case FIGURE_1:
				return IzhikevichLoops.FIGURE_1;
			case NET_M:
				return IzhikevichLoops.NET_M;
			default:
				return IntegratorRegistry.get(Integrators.EULER);
		}
	}
}

package org.neuronmodels.core.sim;

import org.neuronmodels.core.Checks;

/**
 * Thrown when the state of a run becomes NaN, infinite or leaves its physical
 * bounds: the integration blew up, usually because {@code dt} is too large.
 */
public class NumericalInstabilityException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final double suggestedDt;

	public NumericalInstabilityException(final int neuron, final double timeMs, final double value,
		final double dt)
	{
		super("Numerical blow-up: V = " + Checks.fmt(value) + " mV for neuron " + neuron + " at t = " + Checks.fmt(
			timeMs) + " ms with dt = " + Checks.fmt(dt) + " ms. Try a smaller dt, e.g. dt = " + Checks.fmt(dt / 10) +
			" ms.");
		this.suggestedDt = dt / 10;
	}

	/** A smaller time step that is worth trying, in ms. */
	public double suggestedDt() {
		return suggestedDt;
	}
}

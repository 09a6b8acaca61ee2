package org.neuronmodels.core.sim;

import org.neuronmodels.core.Checks;

/**
 * Thrown when the state of a run becomes NaN, infinite or leaves its physical
 * bounds: the integration blew up, usually because {@code dt} is too large.
 */
public class NumericalInstabilityException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final double suggestedDt;
	private final double timeMs;

	/** The membrane potential {@code value} (mV) of {@code neuron} left its bounds at {@code timeMs}. */
	public NumericalInstabilityException(final int neuron, final double timeMs, final double value,
		final double dt)
	{
		this("V", "mV", neuron, timeMs, value, dt);
	}

	/** State variable {@code variable} (in {@code unit}) of {@code neuron} became {@code value} at {@code timeMs}. */
	public NumericalInstabilityException(final String variable, final String unit, final int neuron,
		final double timeMs, final double value, final double dt)
	{
		super("Numerical blow-up: " + variable + " = " + Checks.fmt(value) + (unit == null || unit.isEmpty() ? ""
			: " " + unit) + " for neuron " + neuron + " at t = " + Checks.fmt(timeMs) + " ms with dt = " + Checks
				.fmt(dt) + " ms. Try a smaller dt, e.g. dt = " + Checks.fmt(dt / 10) + " ms.");
		this.suggestedDt = dt / 10;
		this.timeMs = timeMs;
	}

	/** A blow-up at {@code timeMs} explained by {@code message} (see {@code core.check.BlowUpDiagnosis}). */
	public NumericalInstabilityException(final String message, final double timeMs, final double suggestedDt) {
		super(message);
		this.suggestedDt = suggestedDt;
		this.timeMs = timeMs;
	}

	/** The simulated time of the blow-up, in ms. */
	public double timeMs() {
		return timeMs;
	}

	/** A smaller time step that is worth trying, in ms. */
	public double suggestedDt() {
		return suggestedDt;
	}
}

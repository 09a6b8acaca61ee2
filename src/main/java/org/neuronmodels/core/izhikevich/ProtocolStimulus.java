package org.neuronmodels.core.izhikevich;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * A stimulus given as a function of time, sampled at the grid times
 * {@code t_k = k·dt} exactly as a figure script's loop {@code for t = tspan}
 * evaluates its {@code if} conditions (so {@code t > 10} excludes 10). Used for
 * the published protocols, whose strict and open windows the half-open
 * windows of {@link org.neuronmodels.core.stimulus.Stimuli} cannot express.
 */
public final class ProtocolStimulus implements Stimulus {

	private final DoubleUnaryOperator current;
	private final String description;

	/** The stimulus {@code I(t) = current(t)} (t in ms), described by {@code description}. */
	public ProtocolStimulus(final DoubleUnaryOperator current, final String description) {
		this.current = Objects.requireNonNull(current, "current");
		this.description = Objects.requireNonNull(description, "description");
	}

	@Override
	public double[] sample(final TimeGrid grid) {
		final double[] out = new double[grid.steps()];
		final double dt = grid.dt();
		for (int k = 0; k < out.length; k++)
			out[k] = current.applyAsDouble(k * dt);
		return out;
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	public String toString() {
		return description;
	}
}

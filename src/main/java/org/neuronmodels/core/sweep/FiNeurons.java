package org.neuronmodels.core.sweep;

import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.sim.SpikingPopulation;

/** A population built for an f–I sweep, with its threshold-crossing timer (null if it has none). */
public final class FiNeurons {

	private final SpikingPopulation population;
	private final CrossingTimer timer;

	/** Pairs {@code population} with {@code timer} (null: spike times cannot be interpolated). */
	public FiNeurons(final SpikingPopulation population, final CrossingTimer timer) {
		this.population = population;
		this.timer = timer;
	}

	/** The population, one neuron per current. */
	public SpikingPopulation population() {
		return population;
	}

	/** The crossing timer, or null if the model cannot interpolate spike times. */
	public CrossingTimer timer() {
		return timer;
	}
}

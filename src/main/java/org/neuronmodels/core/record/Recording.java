package org.neuronmodels.core.record;

import org.neuronmodels.core.Checks;

/**
 * What a run records besides spikes: the state variables and input current of
 * chosen neurons, every {@code every}-th step.
 */
public final class Recording {

	private final int[] neurons;
	private final int every;

	private Recording(final int[] neurons, final int every) {
		this.neurons = neurons;
		this.every = every;
	}

	/** Records traces of the given neurons at every step. */
	public static Recording of(final int... neurons) {
		return new Recording(neurons.clone(), 1);
	}

	/** Records no traces (spikes only). */
	public static Recording spikesOnly() {
		return new Recording(new int[0], 1);
	}

	/** The same neurons, sampled every {@code steps}-th step. */
	public Recording every(final int steps) {
		Checks.inRange("recordEvery", steps, 1, Integer.MAX_VALUE);
		return new Recording(neurons, steps);
	}

	/** The recorded neurons. */
	public int[] neurons() {
		return neurons.clone();
	}

	/** The decimation: a sample is kept every this many steps. */
	public int every() {
		return every;
	}

	/** The number of samples kept for a run of {@code steps} steps. */
	public int samples(final int steps) {
		return neurons.length == 0 ? 0 : (steps + every - 1) / every;
	}

	/** Fails unless every recorded neuron exists in a population of {@code size}. */
	public void checkAgainst(final int size) {
		for (final int n : neurons)
			Checks.inRange("recordedNeuron", n, 0, size - 1);
	}
}

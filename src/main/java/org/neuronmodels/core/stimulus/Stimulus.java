package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.TimeGrid;

/**
 * An injected current as a function of time, in nA (or &micro;A/cm&sup2; for
 * models per membrane area). A stimulus is an immutable description; noise
 * stimuli carry their seed, so sampling the same stimulus on the same grid
 * always gives the same numbers. Build them with {@link Stimuli}.
 */
public interface Stimulus {

	/** Samples the stimulus at {@code t_0 … t_(steps-1)}: one value per step (the step's input). */
	double[] sample(TimeGrid grid);

	/** The sum of this stimulus and {@code other}. */
	default Stimulus plus(final Stimulus other) {
		return Stimuli.sum(this, other);
	}

	/** A short human-readable description, e.g. {@code "step 1.55 nA from 100 to 400 ms"}. */
	default String describe() {
		return getClass().getSimpleName();
	}
}

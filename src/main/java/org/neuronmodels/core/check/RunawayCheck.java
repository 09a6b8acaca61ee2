package org.neuronmodels.core.check;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * Whether a network's activity ran away: a mean rate over the second half of
 * the run of at least {@value #RUNAWAY_HZ} Hz, where cortical networks fire at
 * a few to a few tens of Hz. Such activity is set by the refractory period and
 * the time step (saturation), not by the network's dynamics; the usual cause is
 * recurrent excitation that is too strong.
 */
public final class RunawayCheck {

	/** A mean rate at or above this (Hz) is runaway activity. */
	static final double RUNAWAY_HZ = 100;

	private RunawayCheck() {}

	/** The warning for the network spikes of a run of {@code duration} ms, or null. */
	public static String check(final SpikeRecord spikes, final double duration, final String weights) {
		final int n = spikes.populationSize();
		if (n == 0 || duration <= 0) return null;
		final double from = duration / 2;
		final double rate = spikes.countInWindow(from, duration) / ((duration - from) / 1000) / n;
		if (rate < RUNAWAY_HZ) return null;
		int active = 0;
		for (final int c : spikes.countsPerNeuron())
			if (c > 0) active++;
		return "runaway activity: the network fires at " + Checks.fmt(StepSizeCheck.round(rate)) + " Hz on average " +
			"over the second half of the run (" + active + " of " + n + " neurons active), near saturation, where " +
			"cortical networks fire at a few Hz; " + weights + " likely make the recurrent excitation too strong.";
	}
}

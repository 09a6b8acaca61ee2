package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;

/**
 * Independent Poisson spike input to every neuron of a population: at
 * {@code rate} Hz per neuron between {@code start} and {@code stop} ms, each
 * input spike of weight {@code weight} going to one channel. Each step adds
 * {@code Poisson(rate·dt) × weight}, drawn from the neuron's own random stream.
 */
public final class PoissonDrive {

	final int channel;
	final double rate, weight, start, stop;

	/** Input at {@code rate} Hz of {@code weight} (channel unit) to {@code channel}, over [start, stop) ms. */
	public PoissonDrive(final int channel, final double rate, final double weight, final double start,
		final double stop)
	{
		this.channel = channel;
		this.rate = Checks.inRange("poissonRate", "Hz", rate, 0, 1e7);
		this.weight = Checks.finite("poissonWeight", null, weight);
		this.start = Checks.nonNegative("poissonStart", "ms", start);
		this.stop = stop;
		if (!(stop >= start)) throw Checks.invalid("poissonStop", "ms", stop, "must not be before poissonStart = " +
			Checks.fmt(start) + " ms");
	}

	/** Input at {@code rate} Hz of {@code weight} to {@code channel} for the whole run. */
	public static PoissonDrive always(final int channel, final double rate, final double weight) {
		return new PoissonDrive(channel, rate, weight, 0, Double.POSITIVE_INFINITY);
	}
}

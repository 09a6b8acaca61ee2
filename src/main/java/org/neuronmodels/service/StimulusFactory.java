package org.neuronmodels.service;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.core.stimulus.Stimulus;
import org.neuronmodels.core.stimulus.StimulusSpec;

/**
 * The input currents of a run, made by {@code neuron.stimuli()}: amplitudes in
 * the model's current unit (nA, or µA/cm² for models per membrane area),
 * times in ms. Any two add up with {@code a.plus(b)}.
 */
public final class StimulusFactory {

	StimulusFactory() {}

	/** A constant current of {@code amplitude} for the whole run. */
	public Stimulus constant(final double amplitude) {
		return Stimuli.constant(amplitude);
	}

	/** A step of {@code amplitude} for {@code start <= t < stop} ms. */
	public Stimulus step(final double amplitude, final double start, final double stop) {
		return Stimuli.step(amplitude, start, stop);
	}

	/** Pulses of {@code amplitude} and {@code width} ms at {@code frequency} Hz from {@code start} to {@code stop} ms. */
	public Stimulus pulseTrain(final double amplitude, final double start, final double stop, final double frequency,
		final double width)
	{
		return Stimuli.pulseTrain(amplitude, start, stop, frequency, width);
	}

	/** A ramp from {@code from} at {@code start} ms to {@code to} at {@code stop} ms, 0 outside. */
	public Stimulus ramp(final double start, final double stop, final double from, final double to) {
		return Stimuli.ramp(start, stop, from, to);
	}

	/** {@code offset + amplitude·sin(2π·frequency·t + phase)} over the whole run; frequency in Hz, phase in degrees. */
	public Stimulus sine(final double amplitude, final double frequency, final double offset,
		final double phaseDegrees)
	{
		return Stimuli.sine(amplitude, frequency, offset, Math.toRadians(phaseDegrees));
	}

	/** Gaussian white noise: mean {@code mean}, intensity {@code sigma} (per √ms), seeded. */
	public Stimulus whiteNoise(final double mean, final double sigma, final long seed) {
		return Stimuli.whiteNoise(mean, sigma, seed);
	}

	/** Ornstein-Uhlenbeck noise: mean {@code mean}, s.d. {@code sigma}, correlation time {@code tau} ms, seeded. */
	public Stimulus ouNoise(final double mean, final double sigma, final double tau, final long seed) {
		return Stimuli.ornsteinUhlenbeck(mean, sigma, tau, seed);
	}

	/** Samples held for {@code sampleDt} ms each, e.g. a recorded current. */
	public Stimulus table(final double[] samples, final double sampleDt) {
		return Stimuli.table(samples, sampleDt);
	}

	/** The samples of column {@code column} (header name) of a CSV file, held for {@code sampleDt} ms each. */
	public Stimulus csvColumn(final java.io.File file, final String column, final double sampleDt) {
		return Stimuli.csvColumn(file == null ? null : file.toPath(), column, sampleDt);
	}

	/**
	 * The stimulus of a command's shared stimulus inputs on {@code grid}, checked (the check the dialogs run as
	 * the user types, and the input the run gets).
	 */
	public Stimulus of(final StimulusSpec spec, final TimeGrid grid) {
		return spec.build(grid);
	}
}

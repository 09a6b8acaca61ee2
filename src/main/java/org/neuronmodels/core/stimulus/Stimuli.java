package org.neuronmodels.core.stimulus;

import java.nio.file.Path;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Factories for the standard {@link Stimulus} shapes. Every argument is
 * checked here; errors name the parameter ({@code amplitude}, {@code stimStart},
 * {@code stimStop}, {@code frequency}, {@code width}, ...).
 * <p>
 * <b>Conventions.</b> Times in ms, frequencies in Hz, currents in nA (or
 * &micro;A/cm&sup2; for models per membrane area), phases in radians. A stimulus
 * is sampled at the grid times {@code t_k = k·dt}. A window
 * {@code [stimStart, stimStop)} is half-open and is resolved on grid indices:
 * sample {@code k} is inside when {@code k0 <= k < k1}, where {@code k0} and
 * {@code k1} are the first grid indices at or after {@code stimStart} and
 * {@code stimStop} (a time within a relative 1e-9 of a grid point counts as on
 * it). So a step from 100 to 400 ms carries current on exactly
 * {@code 300 / dt} steps. Windows may extend past the end of a run.
 * </p>
 * <p>
 * Noise stimuli keep their seed: sampling the same stimulus on the same grid
 * always gives the same array. They draw from dedicated streams of
 * {@link org.neuronmodels.core.random.RandomStream} ({@link #WHITE_NOISE_STREAM},
 * {@link #OU_NOISE_STREAM}), so white and OU noise with one seed are independent.
 * </p>
 */
public final class Stimuli {

	/** The {@code RandomStream} stream index white noise draws from. */
	public static final long WHITE_NOISE_STREAM = 0x5354_494D_0000_0001L;

	/** The {@code RandomStream} stream index Ornstein-Uhlenbeck noise draws from. */
	public static final long OU_NOISE_STREAM = 0x5354_494D_0000_0002L;

	static final String CURRENT = "nA";

	/**
	 * The largest |value| a table stimulus may hold (in the model's current
	 * unit): the commands' amplitude range; beyond it a table is a unit mistake.
	 */
	public static final double MAX_TABLE_CURRENT = 1e6;

	private Stimuli() {}

	/** {@code amplitude} nA for the whole run. */
	public static Stimulus constant(final double amplitude) {
		return new ConstantStimulus(Checks.finite("amplitude", CURRENT, amplitude));
	}

	/** {@code amplitude} nA for {@code stimStart <= t < stimStop} ms, 0 elsewhere. */
	public static Stimulus step(final double amplitude, final double stimStart, final double stimStop) {
		Checks.finite("amplitude", CURRENT, amplitude);
		checkWindow(stimStart, stimStop);
		return new StepStimulus(amplitude, stimStart, stimStop);
	}

	/**
	 * Rectangular pulses of {@code amplitude} nA and {@code width} ms starting at
	 * {@code stimStart}, {@code stimStart + 1000/frequency}, ... while before {@code stimStop} (a pulse
	 * running past {@code stimStop} is cut there); {@code width <= 1000/frequency}.
	 */
	public static Stimulus pulseTrain(final double amplitude, final double stimStart, final double stimStop,
		final double frequency, final double width)
	{
		Checks.finite("amplitude", CURRENT, amplitude);
		checkWindow(stimStart, stimStop);
		Checks.positive("frequency", "Hz", frequency);
		Checks.positive("width", "ms", width);
		final double period = 1000 / frequency;
		if (width > period) {
			throw Checks.invalid("width", "ms", width, "must not exceed the pulse period 1000/frequency = " + Checks.fmt(
				period) + " ms");
		}
		return new PulseTrainStimulus(amplitude, stimStart, stimStop, period, width);
	}

	/**
	 * Linear from {@code amplitudeStart} at {@code stimStart} towards {@code amplitudeEnd} at
	 * {@code stimStop} (excluded), 0 outside: {@code a0 + (a1 - a0)(t - stimStart)/(stimStop - stimStart)}.
	 */
	public static Stimulus ramp(final double stimStart, final double stimStop, final double amplitudeStart,
		final double amplitudeEnd)
	{
		checkWindow(stimStart, stimStop);
		Checks.finite("amplitudeStart", CURRENT, amplitudeStart);
		Checks.finite("amplitudeEnd", CURRENT, amplitudeEnd);
		return new RampStimulus(stimStart, stimStop, amplitudeStart, amplitudeEnd);
	}

	/**
	 * {@code offset + amplitude·sin(2π·frequency·(t - stimStart)/1000 + phase)} inside
	 * {@code [stimStart, stimStop)}, 0 outside; {@code phase} in radians.
	 */
	public static Stimulus sine(final double amplitude, final double frequency, final double offset,
		final double phase, final double stimStart, final double stimStop)
	{
		checkSine(amplitude, frequency, offset, phase);
		checkWindow(stimStart, stimStop);
		return new SineStimulus(amplitude, frequency, offset, phase, stimStart, stimStop);
	}

	/** {@code offset + amplitude·sin(2π·frequency·t/1000 + phase)} over the whole run; {@code phase} in radians. */
	public static Stimulus sine(final double amplitude, final double frequency, final double offset,
		final double phase)
	{
		checkSine(amplitude, frequency, offset, phase);
		return new SineStimulus(amplitude, frequency, offset, phase, 0, Double.POSITIVE_INFINITY);
	}

	/**
	 * {@code amplitude} × scipy's {@code get_window('triang', n)} (the periodic triangle) over the
	 * {@code n} grid samples inside {@code [stimStart, stimStop)}, 0 outside.
	 */
	public static Stimulus triangle(final double amplitude, final double stimStart, final double stimStop) {
		Checks.finite("amplitude", CURRENT, amplitude);
		checkWindow(stimStart, stimStop);
		return new TriangleStimulus(amplitude, stimStart, stimStop);
	}

	/** {@code amplitude} × scipy's {@code get_window('triang', steps)} over the whole run. */
	public static Stimulus triangle(final double amplitude) {
		Checks.finite("amplitude", CURRENT, amplitude);
		return new TriangleStimulus(amplitude, 0, Double.POSITIVE_INFINITY);
	}

	/**
	 * Gaussian white noise {@code I_k = mean + sigma·ξ_k/sqrt(dt)}, {@code sigma} in nA·√ms: the
	 * integral of the noise over any interval {@code T} has s.d. {@code sigma·sqrt(T)} whatever dt.
	 */
	public static Stimulus whiteNoise(final double mean, final double sigma, final long seed) {
		Checks.finite("mean", CURRENT, mean);
		Checks.nonNegative("sigma", CURRENT + "·√ms", sigma);
		return new WhiteNoiseStimulus(mean, sigma, seed);
	}

	/**
	 * Stationary Ornstein-Uhlenbeck noise: mean {@code mean} nA, s.d. {@code sigma} nA, correlation
	 * time {@code tau} ms, exact update; the first sample is drawn from the stationary distribution.
	 */
	public static Stimulus ornsteinUhlenbeck(final double mean, final double sigma, final double tau,
		final long seed)
	{
		Checks.finite("mean", CURRENT, mean);
		Checks.nonNegative("sigma", CURRENT, sigma);
		Checks.positive("tau", "ms", tau);
		return new OrnsteinUhlenbeckStimulus(mean, sigma, tau, seed);
	}

	/**
	 * Zero-order hold of {@code samples}: {@code samples[i]} for {@code i·sampleDt <= t < (i+1)·sampleDt},
	 * 0 after the last sample. The array is copied once.
	 */
	public static Stimulus table(final double[] samples, final double sampleDt) {
		if (samples == null || samples.length == 0) {
			throw new InvalidParameterException("samples", "samples is empty: give at least one value");
		}
		Checks.positive("sampleDt", "ms", sampleDt);
		for (int i = 0; i < samples.length; i++)
			if (!Double.isFinite(samples[i])) {
				throw Checks.invalid("samples", CURRENT, samples[i], "must be finite (found at index " + i + ")");
			}
		return new TableStimulus(samples.clone(), sampleDt, 0, "table");
	}

	/**
	 * A {@link #table} read from the column named {@code column} of a CSV file (header row required;
	 * separators {@code , ; tab}). A blank {@code column} selects the only column of a one-column file.
	 */
	public static Stimulus csvColumn(final Path file, final String column, final double sampleDt) {
		Checks.positive("sampleDt", "ms", sampleDt);
		return CsvColumns.read(file, CsvColumns.Column.named("column", column)).within(-MAX_TABLE_CURRENT,
			MAX_TABLE_CURRENT, "").holdEvery(sampleDt);
	}

	/** A {@link #table} read from the 0-based {@code columnIndex} of a CSV file (header row optional). */
	public static Stimulus csvColumn(final Path file, final int columnIndex, final double sampleDt) {
		Checks.positive("sampleDt", "ms", sampleDt);
		return CsvColumns.read(file, CsvColumns.Column.at("column", columnIndex)).within(-MAX_TABLE_CURRENT,
			MAX_TABLE_CURRENT, "").holdEvery(sampleDt);
	}

	/**
	 * A {@link #table} of {@code valueColumn} held from each time in {@code timeColumn} (ms, uniformly
	 * spaced; the step is taken from it and the table starts at its first time).
	 */
	public static Stimulus csvColumn(final Path file, final String timeColumn, final String valueColumn) {
		final CsvColumns.Column time = CsvColumns.Column.named("timeColumn", timeColumn);
		return CsvColumns.read(file, CsvColumns.Column.named("valueColumn", valueColumn), time).within(
			-MAX_TABLE_CURRENT, MAX_TABLE_CURRENT, "").holdAtTimes();
	}

	/** The sum of {@code parts} (at least one). */
	public static Stimulus sum(final Stimulus... parts) {
		if (parts == null || parts.length == 0) {
			throw new InvalidParameterException("parts", "parts is empty: give at least one stimulus to sum");
		}
		for (int i = 0; i < parts.length; i++)
			if (parts[i] == null) throw new InvalidParameterException("parts", "parts[" + i + "] is null");
		return new SumStimulus(parts.clone());
	}

	private static void checkWindow(final double stimStart, final double stimStop) {
		Checks.nonNegative("stimStart", "ms", stimStart);
		Checks.finite("stimStop", "ms", stimStop);
		if (!(stimStop > stimStart)) {
			throw Checks.invalid("stimStop", "ms", stimStop, "must be greater than stimStart = " + Checks.fmt(
				stimStart) + " ms");
		}
	}

	private static void checkSine(final double amplitude, final double frequency, final double offset,
		final double phase)
	{
		Checks.finite("amplitude", CURRENT, amplitude);
		Checks.nonNegative("frequency", "Hz", frequency);
		Checks.finite("offset", CURRENT, offset);
		Checks.finite("phase", "rad", phase);
	}
}

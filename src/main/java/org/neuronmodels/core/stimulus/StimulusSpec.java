package org.neuronmodels.core.stimulus;

import java.nio.file.Paths;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;

/**
 * The stimulus settings every neuron command shares (the same field names as
 * the commands' inputs), turned into a {@link Stimulus}. Units: times in ms,
 * frequency in Hz, phase in degrees, currents in the model's unit.
 */
public final class StimulusSpec {

	public StimulusKind kind = StimulusKind.STEP;
	public double amplitude;
	public double stimStart;
	public double stimStop;
	public double frequency = 10;
	public double offset;
	public double phase;
	public double pulseWidth = 1;
	public double noiseTau = 5;
	public String tableFile = "";
	public String tableColumn = "";
	public double tableDt = 0.1;
	/**
	 * A recorded current for "Table" (e.g. an NWB stimulus series, in nA) instead of
	 * {@code tableFile}'s column: sampled every {@code recordedDt} ms from t = 0.
	 */
	public double[] recordedSamples;
	public double recordedDt = Double.NaN;
	public String recordedSource = "";
	public long seed = 1;
	/** The unit of the currents, for error messages: nA, or µA/cm² for models per membrane area. */
	public String currentUnit = "nA";

	/** Checks the settings against the run's time grid and builds the stimulus. */
	public Stimulus build(final TimeGrid grid) {
		if (kind == StimulusKind.TABLE && recordedSamples != null) return recorded(grid.dt());
		try {
			return create(grid.duration());
		}
		catch (final InvalidParameterException e) {
			throw renamed(e);
		}
	}

	/**
	 * The same error named after the command field: {@link Stimuli} names its
	 * arguments (width, column, file), the commands name their fields.
	 */
	private InvalidParameterException renamed(final InvalidParameterException e) {
		final String field;
		switch (e.parameter()) {
			case "width":
				field = "pulseWidth";
				break;
			case "column":
			case "timeColumn":
			case "valueColumn":
				field = "tableColumn";
				break;
			case "file":
				field = "tableFile";
				break;
			case "sampleDt":
				field = "tableDt";
				break;
			case "sigma":
				field = "amplitude";
				break;
			case "tau":
				field = "noiseTau";
				break;
			default:
				return e;
		}
		final String message = e.getMessage().startsWith(e.parameter() + " ") ? field + e.getMessage().substring(e
			.parameter().length()) : field + ": " + e.getMessage();
		return new InvalidParameterException(field, message.replace(" nA", " " + currentUnit));
	}

	private Stimulus create(final double duration) {
		Checks.finite("amplitude", unit(), amplitude);
		Checks.finite("offset", unit(), offset);
		if (kind.windowed()) checkWindow(duration);
		switch (kind) {
			case CONSTANT:
				return Stimuli.constant(amplitude);
			case STEP:
				return Stimuli.step(amplitude, stimStart, stimStop);
			case PULSE_TRAIN:
				Checks.positive("frequency", "Hz", frequency);
				Checks.positive("pulseWidth", "ms", pulseWidth);
				return Stimuli.pulseTrain(amplitude, stimStart, stimStop, frequency, pulseWidth);
			case RAMP:
				return Stimuli.ramp(stimStart, stimStop, offset, amplitude);
			case SINE:
				Checks.nonNegative("frequency", "Hz", frequency);
				Checks.finite("phase", "°", phase);
				return Stimuli.sine(amplitude, frequency, offset, Math.toRadians(phase), stimStart, stimStop);
			case TRIANGLE:
				return Stimuli.triangle(amplitude, stimStart, stimStop);
			case WHITE_NOISE:
				Checks.nonNegative("amplitude", unit() + "·√ms", amplitude);
				return Stimuli.whiteNoise(offset, amplitude, seed);
			case OU_NOISE:
				Checks.nonNegative("amplitude", unit(), amplitude);
				Checks.positive("noiseTau", "ms", noiseTau);
				return Stimuli.ornsteinUhlenbeck(offset, amplitude, noiseTau, seed);
			case TABLE:
				if (tableFile == null || tableFile.trim().isEmpty()) {
					throw new InvalidParameterException("tableFile", "tableFile is empty: give a CSV file for the \"Table\" stimulus");
				}
				Checks.positive("tableDt", "ms", tableDt);
				return Stimuli.csvColumn(Paths.get(tableFile.trim()), tableColumn == null ? "" : tableColumn.trim(),
					tableDt);
			default:
				throw new IllegalStateException(kind.toString());
		}
	}

	/**
	 * The recorded current played at its own sampling: the time step must be the
	 * recording's sampling interval or a whole fraction of it (dt = Δt/k), so
	 * every sample lasts exactly k steps.
	 */
	private Stimulus recorded(final double dt) {
		if (!"nA".equals(currentUnit)) throw new InvalidParameterException("tableFile", "tableFile: " +
			recordedSource + " is a current in nA; this model's current is in " + currentUnit);
		final long k = Math.round(recordedDt / dt);
		if (k < 1 || Math.abs(k * dt - recordedDt) > 1e-9 * recordedDt) {
			throw Checks.invalid("dt", "ms", dt, "does not divide the sampling interval " + Checks.fmt(recordedDt) +
				" ms of the Table stimulus " + recordedSource + ": use " + Checks.fmt(recordedDt) + " ms or a whole " +
				"fraction of it (" + Checks.fmt(recordedDt / 2) + ", " + Checks.fmt(recordedDt / 4) + " ms, …)");
		}
		return Stimuli.table(recordedSamples, recordedDt);
	}

	/** The window {@code [start, stop)} in which spikes are counted for the firing rate. */
	public double[] rateWindow(final double duration) {
		return kind.windowed() ? new double[] { stimStart, stimStop } : new double[] { 0, duration };
	}

	private void checkWindow(final double duration) {
		Checks.inRange("stimStart", "ms", stimStart, 0, duration);
		Checks.finite("stimStop", "ms", stimStop);
		if (!(stimStop > stimStart)) {
			throw Checks.invalid("stimStop", "ms", stimStop, "must be greater than stimStart = " + Checks.fmt(
				stimStart) + " ms");
		}
		if (stimStop > duration) {
			throw Checks.invalid("stimStop", "ms", stimStop, "must not exceed duration = " + Checks.fmt(duration) +
				" ms");
		}
	}

	private String unit() {
		return currentUnit;
	}
}

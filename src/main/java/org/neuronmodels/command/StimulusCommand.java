package org.neuronmodels.command;

import java.io.File;

import org.neuronmodels.core.analysis.RecordedSweep;
import org.neuronmodels.core.model.InputLimits;
import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.neuronmodels.service.NwbService;
import org.scijava.plugin.Parameter;

/**
 * A command driven by one of the shared stimuli: the stimulus inputs (the same
 * field names in every model command) and their translation to a
 * {@link StimulusSpec}. Subclasses set their own defaults in an initializer.
 * The current inputs ({@code amplitude}, {@code offset}) are in the model's
 * own unit, so each command declares them itself, with that unit in the label,
 * and passes them to {@link #stimulusSpec(double, double)}.
 */
public abstract class StimulusCommand extends NeuronModelsCommand {

	@Parameter(label = "Stimulus", description = "Shape of the injected current.",
		choices = { StimulusKind.CONSTANT_LABEL, StimulusKind.STEP_LABEL,
		StimulusKind.PULSE_TRAIN_LABEL, StimulusKind.RAMP_LABEL, StimulusKind.SINE_LABEL, StimulusKind.TRIANGLE_LABEL,
		StimulusKind.WHITE_NOISE_LABEL, StimulusKind.OU_NOISE_LABEL, StimulusKind.TABLE_LABEL })
	protected String stimulus = "Step";

	@Parameter(label = "Stimulus start (ms)", description = "Start of a windowed stimulus, in ms.",
		min = InputLimits.ZERO)
	protected double stimStart = 20;

	@Parameter(label = "Stimulus stop (ms)", description = "End of a windowed stimulus (exclusive), in ms.",
		min = InputLimits.ZERO)
	protected double stimStop = 180;

	@Parameter(label = "Frequency (Hz)", description = "Sine or pulse-train frequency in Hz.", min = InputLimits.ZERO,
		max = InputLimits.STIMULUS_FREQUENCY_MAX)
	protected double frequency = 10;

	@Parameter(label = "Phase (°)", description = "Phase of the sine in degrees.", min = InputLimits.PHASE_MIN,
		max = InputLimits.PHASE_MAX)
	protected double phase = 0;

	@Parameter(label = "Pulse width (ms)", description = "Width of each pulse of a pulse train, in ms.",
		min = InputLimits.POSITIVE_MIN)
	protected double pulseWidth = 2;

	@Parameter(label = "Noise correlation time (ms)", description = "τ of the OU noise, in ms.",
		min = InputLimits.POSITIVE_MIN)
	protected double noiseTau = 5;

	@Parameter(label = "Table file (CSV or NWB)", description = "CSV file holding the stimulus for \"Table\", or " +
		"an NWB file whose current series tableColumn names (played at its own sampling interval from t = 0).",
		required = false)
	protected File tableFile;

	@Parameter(label = "Table column", description = "Header of the CSV column (empty: the file's only column); " +
		"for an NWB file, the stimulus series' name or path, or a sweep number.", required = false)
	protected String tableColumn = "";

	@Parameter(label = "Table time step (ms)", description = "Time between two rows of the table, in ms.",
		min = InputLimits.POSITIVE_MIN)
	protected double tableDt = 0.1;

	@Parameter(label = "Random seed", description = "Seed of the noise stimuli; the same seed gives the same run.")
	protected long seed = 1;

	@Parameter(required = false)
	private NwbService nwbFiles;

	/** The unit of the model's injected current (messages, table headers): nA unless the model says otherwise. */
	protected String currentUnit() {
		return "nA";
	}

	/**
	 * The stimulus settings of this command with the subclass's {@code amplitude}
	 * and {@code offset} inputs, in {@link #currentUnit()}.
	 */
	protected StimulusSpec stimulusSpec(final double amplitude, final double offset) {
		final String unit = currentUnit();
		final StimulusSpec s = new StimulusSpec();
		s.kind = StimulusKind.fromLabel(stimulus);
		s.amplitude = amplitude;
		s.stimStart = stimStart;
		s.stimStop = stimStop;
		s.frequency = frequency;
		s.offset = offset;
		s.phase = phase;
		s.pulseWidth = pulseWidth;
		s.noiseTau = noiseTau;
		s.tableFile = tableFile == null ? "" : tableFile.getPath();
		s.tableColumn = tableColumn;
		s.tableDt = tableDt;
		s.seed = seed;
		s.currentUnit = unit;
		if (s.kind == StimulusKind.TABLE && nwbFiles != null && nwbFiles.isNwb(tableFile)) {
			final RecordedSweep r = nwbFiles.stimulus(tableFile, tableColumn, "tableFile", "tableColumn");
			s.recordedSamples = r.current();
			s.recordedDt = r.dtMs();
			s.recordedSource = r.source();
		}
		return s;
	}
}

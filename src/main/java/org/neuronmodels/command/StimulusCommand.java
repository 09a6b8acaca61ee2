package org.neuronmodels.command;

import java.io.File;

import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.scijava.plugin.Parameter;

/**
 * A command driven by one of the shared stimuli: the stimulus inputs (the same
 * field names in every model command) and their translation to a
 * {@link StimulusSpec}. Subclasses set their own defaults in an initializer.
 * The current inputs ({@code amplitude}, {@code offset}) are in the model's
 * current unit, {@link #currentUnit()}, which each instance puts into their
 * labels.
 */
public abstract class StimulusCommand extends NeuronModelsCommand {

	@Parameter(label = "Stimulus", description = "Shape of the injected current.", choices = { "Constant", "Step",
		"Pulse train", "Ramp", "Sine", "Triangle", "White noise", "OU noise", "Table" })
	protected String stimulus = "Step";

	@Parameter(label = "Amplitude", description = "Stimulus amplitude in the model's current unit (white noise: " +
		"intensity in unit·√ms; OU noise: standard deviation).", min = "-1000000", max = "1000000")
	protected double amplitude = 2.5;

	@Parameter(label = "Stimulus start (ms)", description = "Start of a windowed stimulus, in ms.", min = "0")
	protected double stimStart = 20;

	@Parameter(label = "Stimulus stop (ms)", description = "End of a windowed stimulus (exclusive), in ms.", min = "0")
	protected double stimStop = 180;

	@Parameter(label = "Frequency (Hz)", description = "Sine or pulse-train frequency in Hz.", min = "0",
		max = "100000")
	protected double frequency = 10;

	@Parameter(label = "Offset", description = "DC offset of sine and noise; ramp start value; in the model's " +
		"current unit.", min = "-1000000", max = "1000000")
	protected double offset = 0;

	@Parameter(label = "Phase (°)", description = "Phase of the sine in degrees.", min = "-360", max = "360")
	protected double phase = 0;

	@Parameter(label = "Pulse width (ms)", description = "Width of each pulse of a pulse train, in ms.",
		min = "0.000001")
	protected double pulseWidth = 2;

	@Parameter(label = "Noise correlation time (ms)", description = "τ of the OU noise, in ms.", min = "0.000001")
	protected double noiseTau = 5;

	@Parameter(label = "Table file (CSV)", description = "CSV file holding the stimulus for \"Table\".",
		required = false)
	protected File tableFile;

	@Parameter(label = "Table column", description = "Column name or 0-based index in the CSV (empty: first).",
		required = false)
	protected String tableColumn = "";

	@Parameter(label = "Table time step (ms)", description = "Time between two rows of the table, in ms.",
		min = "0.000001")
	protected double tableDt = 0.1;

	@Parameter(label = "Random seed", description = "Seed of the noise stimuli; the same seed gives the same run.")
	protected long seed = 1;

	/** The unit of the model's injected current, shown in the labels: nA unless the model says otherwise. */
	protected String currentUnit() {
		return "nA";
	}

	/** Puts {@link #currentUnit()} into the labels and descriptions of {@code amplitude} and {@code offset}. */
	@Override
	protected void adjustLabels() {
		super.adjustLabels();
		final String u = currentUnit();
		relabel("amplitude", "Amplitude (" + u + ")", "Stimulus amplitude in " + u + " (white noise: intensity in " +
			u + "·√ms; OU noise: standard deviation in " + u + ").");
		relabel("offset", "Offset (" + u + ")", "DC offset of sine and noise; ramp start value; in " + u + ".");
	}

	/** The stimulus settings of this command, for currents in {@link #currentUnit()}. */
	protected StimulusSpec stimulusSpec() {
		return stimulusSpec(currentUnit());
	}

	/** The stimulus settings of this command, for currents in {@code unit}. */
	protected StimulusSpec stimulusSpec(final String unit) {
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
		return s;
	}
}

package org.neuronmodels.command;

import java.io.File;

import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.core.stimulus.StimulusSpec;
import org.scijava.command.DynamicCommandInfo;
import org.scijava.module.MutableModuleItem;
import org.scijava.plugin.Parameter;

/**
 * A command driven by one of the shared stimuli: the stimulus inputs (the same
 * field names in every model command) and their translation to a
 * {@link StimulusSpec}. Subclasses set their own defaults in an initializer.
 * <p>
 * The current-valued inputs ({@code amplitude}, {@code offset}) are labelled in
 * nA. A model with another current unit overrides {@link #currentUnit()}: the
 * dialog labels and descriptions of those two inputs then name that unit (the
 * field names stay the same).
 * </p>
 */
public abstract class StimulusCommand extends NeuronModelsCommand {

	/** The unit the annotations below are written in. */
	private static final String DEFAULT_UNIT = "nA";

	@Parameter(label = "Stimulus", description = "Shape of the injected current.", choices = { "Constant", "Step",
		"Pulse train", "Ramp", "Sine", "Triangle", "White noise", "OU noise", "Table" })
	protected String stimulus = "Step";

	@Parameter(label = "Amplitude (nA)", description = "Stimulus amplitude in nA (white noise: intensity in nA·√ms; " +
		"OU noise: standard deviation in nA).", min = "-1000000", max = "1000000")
	protected double amplitude = 2.5;

	@Parameter(label = "Stimulus start (ms)", description = "Start of a windowed stimulus, in ms.", min = "0")
	protected double stimStart = 20;

	@Parameter(label = "Stimulus stop (ms)", description = "End of a windowed stimulus (exclusive), in ms.", min = "0")
	protected double stimStop = 180;

	@Parameter(label = "Frequency (Hz)", description = "Sine or pulse-train frequency in Hz.", min = "0",
		max = "100000")
	protected double frequency = 10;

	@Parameter(label = "Offset (nA)", description = "DC offset of sine and noise; ramp start value; in nA.",
		min = "-1000000", max = "1000000")
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

	/**
	 * The unit of this command's stimulus currents, as shown in the labels of
	 * {@code amplitude} and {@code offset}; "nA" unless a model overrides it.
	 */
	protected String currentUnit() {
		return DEFAULT_UNIT;
	}

	/** Labels {@code amplitude} and {@code offset} in {@link #currentUnit()} when it is not nA. */
	@Override
	protected void adapt(final DynamicCommandInfo info) {
		final String unit = currentUnit();
		if (DEFAULT_UNIT.equals(unit)) return;
		relabel(info, "amplitude", "Amplitude (" + unit + ")", "Stimulus amplitude in " + unit +
			" (white noise: intensity per √ms; OU noise: standard deviation).");
		relabel(info, "offset", "Offset (" + unit + ")", "DC offset of sine and noise; ramp start value; in " + unit +
			".");
	}

	private static void relabel(final DynamicCommandInfo info, final String name, final String label,
		final String description)
	{
		final MutableModuleItem<?> item = (MutableModuleItem<?>) info.getInput(name);
		item.setLabel(label);
		item.setDescription(description);
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

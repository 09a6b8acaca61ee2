package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.InvalidParameterException;

/** The stimulus shapes a command offers, with their dialog labels. */
public enum StimulusKind {

	/** {@code amplitude} for the whole run. */
	CONSTANT(StimulusKind.CONSTANT_LABEL, false),
	/** {@code amplitude} inside {@code [stimStart, stimStop)}, 0 outside. */
	STEP(StimulusKind.STEP_LABEL, true),
	/** Pulses of {@code amplitude} and {@code pulseWidth} at {@code frequency} inside the window. */
	PULSE_TRAIN(StimulusKind.PULSE_TRAIN_LABEL, true),
	/** Linear from {@code offset} at {@code stimStart} to {@code amplitude} at {@code stimStop}. */
	RAMP(StimulusKind.RAMP_LABEL, true),
	/** {@code offset + amplitude·sin(2πf(t − stimStart) + phase)} inside the window. */
	SINE(StimulusKind.SINE_LABEL, true),
	/** {@code amplitude} × scipy's {@code get_window('triang', n)} over the window. */
	TRIANGLE(StimulusKind.TRIANGLE_LABEL, true),
	/** Gaussian white noise: mean {@code offset}, intensity {@code amplitude} nA·√ms. */
	WHITE_NOISE(StimulusKind.WHITE_NOISE_LABEL, false),
	/** Ornstein-Uhlenbeck noise: mean {@code offset}, s.d. {@code amplitude}, correlation time {@code noiseTau}. */
	OU_NOISE(StimulusKind.OU_NOISE_LABEL, false),
	/** Samples read from a CSV column ({@code tableFile}, {@code tableColumn}, {@code tableDt}). */
	TABLE(StimulusKind.TABLE_LABEL, false);

	/** The label of {@link #CONSTANT} (a compile-time constant for commands' {@code choices}). */
	public static final String CONSTANT_LABEL = "Constant";
	/** The label of {@link #STEP} (a compile-time constant for commands' {@code choices}). */
	public static final String STEP_LABEL = "Step";
	/** The label of {@link #PULSE_TRAIN} (a compile-time constant for commands' {@code choices}). */
	public static final String PULSE_TRAIN_LABEL = "Pulse train";
	/** The label of {@link #RAMP} (a compile-time constant for commands' {@code choices}). */
	public static final String RAMP_LABEL = "Ramp";
	/** The label of {@link #SINE} (a compile-time constant for commands' {@code choices}). */
	public static final String SINE_LABEL = "Sine";
	/** The label of {@link #TRIANGLE} (a compile-time constant for commands' {@code choices}). */
	public static final String TRIANGLE_LABEL = "Triangle";
	/** The label of {@link #WHITE_NOISE} (a compile-time constant for commands' {@code choices}). */
	public static final String WHITE_NOISE_LABEL = "White noise";
	/** The label of {@link #OU_NOISE} (a compile-time constant for commands' {@code choices}). */
	public static final String OU_NOISE_LABEL = "OU noise";
	/** The label of {@link #TABLE} (a compile-time constant for commands' {@code choices}). */
	public static final String TABLE_LABEL = "Table";

	/** The labels, in order, as a command's {@code choices}. */
	public static final String[] LABELS = { "Constant", "Step", "Pulse train", "Ramp", "Sine", "Triangle",
		"White noise", "OU noise", "Table" };

	private final String label;
	private final boolean windowed;

	StimulusKind(final String label, final boolean windowed) {
		this.label = label;
		this.windowed = windowed;
	}

	/** The dialog label. */
	public String label() {
		return label;
	}

	/** Whether this stimulus acts only inside {@code [stimStart, stimStop)}. */
	public boolean windowed() {
		return windowed;
	}

	/** The kind with this label (case-insensitive). */
	public static StimulusKind fromLabel(final String label) {
		for (final StimulusKind k : values())
			if (k.label.equalsIgnoreCase(label) || k.name().equalsIgnoreCase(label)) return k;
		throw new InvalidParameterException("stimulus", "stimulus = \"" + label + "\" is invalid: must be one of " +
			String.join(", ", LABELS));
	}
}

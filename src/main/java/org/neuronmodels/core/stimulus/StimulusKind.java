package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.InvalidParameterException;

/** The stimulus shapes a command offers, with their dialog labels. */
public enum StimulusKind {

	/** {@code amplitude} for the whole run. */
	CONSTANT("Constant", false),
	/** {@code amplitude} inside {@code [stimStart, stimStop)}, 0 outside. */
	STEP("Step", true),
	/** Pulses of {@code amplitude} and {@code pulseWidth} at {@code frequency} inside the window. */
	PULSE_TRAIN("Pulse train", true),
	/** Linear from {@code offset} at {@code stimStart} to {@code amplitude} at {@code stimStop}. */
	RAMP("Ramp", true),
	/** {@code offset + amplitude·sin(2πf(t − stimStart) + phase)} inside the window. */
	SINE("Sine", true),
	/** {@code amplitude} × scipy's {@code get_window('triang', n)} over the window. */
	TRIANGLE("Triangle", true),
	/** Gaussian white noise: mean {@code offset}, intensity {@code amplitude} nA·√ms. */
	WHITE_NOISE("White noise", false),
	/** Ornstein-Uhlenbeck noise: mean {@code offset}, s.d. {@code amplitude}, correlation time {@code noiseTau}. */
	OU_NOISE("OU noise", false),
	/** Samples read from a CSV column ({@code tableFile}, {@code tableColumn}, {@code tableDt}). */
	TABLE("Table", false);

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

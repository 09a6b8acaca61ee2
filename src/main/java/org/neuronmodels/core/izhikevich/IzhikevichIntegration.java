package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.InvalidParameterException;

/** The integration a user chooses: the paper's own loop, or a consistent scheme. */
public enum IzhikevichIntegration {

	/** The scheme of the paper's code for the preset ({@link IzhikevichPreset#publishedScheme()}). */
	PUBLISHED(IzhikevichIntegration.PUBLISHED_LABEL),

	/** Forward Euler on the same equations ({@link IzhikevichScheme#EULER}) at the chosen dt. */
	CONSISTENT(IzhikevichIntegration.CONSISTENT_LABEL);

	/** The label of {@link #PUBLISHED} (a compile-time constant for commands' {@code choices}). */
	public static final String PUBLISHED_LABEL = "Published";
	/** The label of {@link #CONSISTENT} (a compile-time constant for commands' {@code choices}). */
	public static final String CONSISTENT_LABEL = "Consistent";

	/** The labels, in order, as a command's {@code choices}. */
	public static final String[] LABELS = { "Published", "Consistent" };

	private final String label;

	IzhikevichIntegration(final String label) {
		this.label = label;
	}

	/** The dialog label. */
	public String label() {
		return label;
	}

	/** The scheme this choice means for {@code preset}. */
	public IzhikevichScheme scheme(final IzhikevichPreset preset) {
		return this == PUBLISHED ? preset.publishedScheme() : IzhikevichScheme.EULER;
	}

	/** The integration with this label (case-insensitive). */
	public static IzhikevichIntegration fromLabel(final String label) {
		for (final IzhikevichIntegration i : values())
			if (i.label.equalsIgnoreCase(label) || i.name().equalsIgnoreCase(label)) return i;
		throw new InvalidParameterException("integration", "integration = \"" + label +
			"\" is invalid: must be \"Published\" or \"Consistent\"");
	}
}

package org.neuronmodels.core.model;

/** One state variable of a model: its name as recorded in traces and its unit. */
public final class StateVariable {

	private final String name, unit;

	/** A state variable {@code name} in {@code unit}. */
	public StateVariable(final String name, final String unit) {
		this.name = name;
		this.unit = unit;
	}

	/** The name, e.g. {@code "V"}. */
	public String name() {
		return name;
	}

	/** The unit, e.g. {@code "mV"}. */
	public String unit() {
		return unit;
	}

	@Override
	public String toString() {
		return name + " (" + unit + ")";
	}
}

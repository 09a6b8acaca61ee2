package org.neuronmodels.core;

/**
 * An input outside its allowed range. The message names the parameter, its
 * value with unit, and what is allowed, e.g.
 * {@code "dt = -0.1 ms is invalid: must be > 0 ms"}.
 */
public class InvalidParameterException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String parameter;

	public InvalidParameterException(final String parameter, final String message) {
		super(message);
		this.parameter = parameter;
	}

	/** The name of the offending parameter (the command's field name). */
	public String parameter() {
		return parameter;
	}
}

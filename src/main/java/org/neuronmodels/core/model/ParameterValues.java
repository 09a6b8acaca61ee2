package org.neuronmodels.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The parameters of one model, by the field names of the model's own command
 * (e.g. {@code vRest}, {@code tauM}, {@code dt}); numbers in the core's units,
 * or text for choices such as {@code integrator}.
 */
public final class ParameterValues {

	private final Map<String, Object> values = new LinkedHashMap<>();

	/** Sets {@code name} to {@code value} (a {@link Number} or a {@link String}); returns this. */
	public ParameterValues set(final String name, final Object value) {
		if (!(value instanceof Number || value instanceof String)) {
			throw new InvalidParameterException(name, name + " = " + value + " is invalid: must be a number or text");
		}
		values.put(name, value);
		return this;
	}

	/** Whether {@code name} is set. */
	public boolean has(final String name) {
		return values.containsKey(name);
	}

	/** The number {@code name}; fails with an error naming it if it is missing or not a number. */
	public double number(final String name) {
		final Object v = require(name);
		if (!(v instanceof Number)) {
			throw new InvalidParameterException(name, name + " = \"" + v + "\" is invalid: must be a number");
		}
		return ((Number) v).doubleValue();
	}

	/** The text {@code name}; fails with an error naming it if it is missing. */
	public String text(final String name) {
		return String.valueOf(require(name));
	}

	/** Every value by name, in the order they were set (read-only). */
	public Map<String, Object> asMap() {
		return Collections.unmodifiableMap(values);
	}

	private Object require(final String name) {
		final Object v = values.get(name);
		if (v == null) throw new InvalidParameterException(name, name + " is missing: give a value");
		return v;
	}

	@Override
	public String toString() {
		return values.toString();
	}
}

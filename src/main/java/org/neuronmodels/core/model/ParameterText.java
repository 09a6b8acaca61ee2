package org.neuronmodels.core.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;

/**
 * Reads a {@code modelParameters} text such as {@code "tauM=10, tRef=2"}:
 * comma-separated {@code name=value} pairs, numbers in the parameter's unit,
 * text for choice parameters (double quotes optional).
 */
public final class ParameterText {

	private ParameterText() {}

	/** The pairs of {@code text} by name, in order; blank gives none. A malformed pair or a repeated name fails. */
	public static Map<String, String> parse(final String text) {
		final Map<String, String> pairs = new LinkedHashMap<>();
		if (text == null || text.trim().isEmpty()) return pairs;
		for (final String part : text.split(",")) {
			if (part.trim().isEmpty()) continue;
			final int eq = part.indexOf('=');
			if (eq <= 0) {
				throw new InvalidParameterException("modelParameters", "modelParameters is invalid: \"" + part.trim() +
					"\" is not name=value (e.g. \"tauM=10, tRef=2\")");
			}
			final String name = part.substring(0, eq).trim();
			String value = part.substring(eq + 1).trim();
			if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) value = value.substring(1,
				value.length() - 1);
			if (pairs.put(name, value) != null) {
				throw new InvalidParameterException("modelParameters", "modelParameters is invalid: " + name + " is given twice");
			}
		}
		return pairs;
	}

	/** The text {@code value} of {@code spec} as a Double or a choice; a non-number fails naming the parameter and unit. */
	public static Object value(final ParameterSpec spec, final String value) {
		if (spec.isChoice()) return spec.check(value);
		final double x;
		try {
			x = Double.parseDouble(value);
		}
		catch (final NumberFormatException e) {
			throw new InvalidParameterException(spec.name(), spec.name() + " = \"" + value + "\" is invalid: must be " +
				"a number in " + (spec.unit().isEmpty() ? "its unit" : spec.unit()));
		}
		return spec.check(x);
	}
}

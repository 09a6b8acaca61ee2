package org.neuronmodels.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named set of parameter values of a model (values not listed keep the
 * model's defaults), with the time step it was published with (NaN: the
 * model's default) and where its numbers come from.
 */
public final class Preset {

	private final String name, source;
	private final Map<String, Object> values;
	private final double dt;

	/** A preset {@code name} setting {@code values} (numbers or choice texts), run with {@code dt} ms (NaN: default). */
	public Preset(final String name, final Map<String, Object> values, final double dt, final String source) {
		this.name = name;
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		this.dt = dt;
		this.source = source;
	}

	/** A preset from alternating names and values, e.g. {@code of("Default", "", "tauM", 8.0)}. */
	public static Preset of(final String name, final String source, final Object... namesAndValues) {
		final Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2)
			m.put((String) namesAndValues[i], namesAndValues[i + 1]);
		return new Preset(name, m, Double.NaN, source);
	}

	/** The preset's name, e.g. {@code "Tonic spiking"}. */
	public String name() {
		return name;
	}

	/** The values it sets, by parameter name (read-only). */
	public Map<String, Object> values() {
		return values;
	}

	/** The time step in ms it was published with, or NaN for the model's default. */
	public double dt() {
		return dt;
	}

	/** Where the numbers come from (paper, figure, script). */
	public String source() {
		return source;
	}

	@Override
	public String toString() {
		return name;
	}
}

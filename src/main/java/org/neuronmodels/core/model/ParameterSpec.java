package org.neuronmodels.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * One parameter of a model: its field name (as in the model's own command and
 * in {@code modelParameters} text), dialog label, unit, default, allowed range
 * and description. A choice parameter holds text from a fixed list instead.
 */
public final class ParameterSpec {

	private final String name, label, unit, description;
	private final double defaultValue, min, max;
	private final List<String> choices;
	private final String defaultChoice;
	private boolean derivedWhenNaN;

	private ParameterSpec(final String name, final String label, final String unit, final double defaultValue,
		final double min, final double max, final String description, final List<String> choices,
		final String defaultChoice)
	{
		this.name = name;
		this.label = label;
		this.unit = unit;
		this.defaultValue = defaultValue;
		this.min = min;
		this.max = max;
		this.description = description;
		this.choices = choices;
		this.defaultChoice = defaultChoice;
	}

	/**
	 * A numeric parameter; {@code min} and {@code max} are the text of the
	 * descriptor's compile-time constants (the same strings the command's
	 * annotation uses).
	 */
	public static ParameterSpec number(final String name, final String label, final String unit,
		final double defaultValue, final String min, final String max, final String description)
	{
		final double lo = Double.parseDouble(min), hi = Double.parseDouble(max);
		if (!(lo <= defaultValue && defaultValue <= hi)) {
			throw new IllegalArgumentException("default of " + name + " outside [" + min + ", " + max + "]");
		}
		return new ParameterSpec(name, label, unit, defaultValue, lo, hi, description, null, null);
	}

	/**
	 * A numeric parameter whose default NaN means "derived from the others"
	 * (as {@code description} says, e.g. {@code u0 = b·vInit}); NaN is accepted.
	 */
	public static ParameterSpec derived(final String name, final String label, final String unit, final String min,
		final String max, final String description)
	{
		final ParameterSpec s = new ParameterSpec(name, label, unit, Double.NaN, Double.parseDouble(min), Double
			.parseDouble(max), description, null, null);
		s.derivedWhenNaN = true;
		return s;
	}

	/** A text parameter taking one of {@code choices}. */
	public static ParameterSpec choice(final String name, final String label, final String defaultChoice,
		final String[] choices, final String description)
	{
		final List<String> list = Collections.unmodifiableList(Arrays.asList(choices.clone()));
		if (!list.contains(defaultChoice)) throw new IllegalArgumentException("default of " + name + " not a choice");
		return new ParameterSpec(name, label, "", Double.NaN, Double.NaN, Double.NaN, description, list,
			defaultChoice);
	}

	/** The field name, e.g. {@code tauM}. */
	public String name() {
		return name;
	}

	/** The dialog label, with the unit, e.g. {@code "Membrane time constant τ_m (ms)"}. */
	public String label() {
		return label;
	}

	/** The unit in the core's unit system (empty for dimensionless or choice parameters). */
	public String unit() {
		return unit;
	}

	/** What the parameter means. */
	public String description() {
		return description;
	}

	/** Whether this parameter is text from {@link #choices()}. */
	public boolean isChoice() {
		return choices != null;
	}

	/** The default: a {@link Double}, or a {@link String} for a choice parameter. */
	public Object defaultValue() {
		return isChoice() ? defaultChoice : (Object) defaultValue;
	}

	/** Whether NaN is accepted and means "derived from the other parameters". */
	public boolean isDerivedWhenNaN() {
		return derivedWhenNaN;
	}

	/** The smallest allowed value (NaN for a choice parameter). */
	public double min() {
		return min;
	}

	/** The largest allowed value (NaN for a choice parameter). */
	public double max() {
		return max;
	}

	/** The allowed texts of a choice parameter, or null for a numeric one. */
	public List<String> choices() {
		return choices;
	}

	/**
	 * Checks {@code value} (a number, or text for a choice parameter) and
	 * returns it normalised (a Double, or the choice as spelled here); the error
	 * names the parameter, its unit and the allowed range or choices.
	 */
	public Object check(final Object value) {
		if (isChoice()) {
			final String text = value == null ? "" : value.toString().trim();
			for (final String c : choices)
				if (c.equalsIgnoreCase(text)) return c;
			throw new InvalidParameterException(name, name + " = \"" + text + "\" is invalid: must be one of " +
				quoted(choices));
		}
		if (!(value instanceof Number)) {
			throw new InvalidParameterException(name, name + " = \"" + value + "\" is invalid: must be a number in " +
				unit);
		}
		final double x = ((Number) value).doubleValue();
		if (derivedWhenNaN && Double.isNaN(x)) return x;
		return Checks.inRange(name, unit, x, min, max);
	}

	/** The choices as {@code "A", "B"}. */
	static String quoted(final List<String> texts) {
		final StringBuilder sb = new StringBuilder();
		for (final String t : texts)
			sb.append(sb.length() == 0 ? "" : ", ").append('"').append(t).append('"');
		return sb.toString();
	}

	@Override
	public String toString() {
		return name + (isChoice() ? " " + choices : " [" + Checks.fmt(min) + ", " + Checks.fmt(max) + "] " + unit);
	}
}

package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.ParameterValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The models the f–I curve can sweep, one {@link FiModel} each; adding a
 * model is one class and one entry here (plus its fields in the f-I command).
 */
public final class FiModels {

	private static final List<FiModel> AVAILABLE = Collections.unmodifiableList(Arrays.asList(new LifFiModel(),
		new HhFiModel(), new IzhikevichFiModel(), new ExpIfFiModel(), new AdExFiModel()));

	/** The value meaning "the model's default" for text parameters such as {@code integrator}. */
	public static final String MODEL_DEFAULT = "Model default";

	private FiModels() {}

	/** The available models. */
	public static List<FiModel> available() {
		return AVAILABLE;
	}

	/** The labels of the available models. */
	public static List<String> labels() {
		final List<String> labels = new ArrayList<>();
		for (final FiModel m : AVAILABLE)
			labels.add(m.label());
		return labels;
	}

	/** The model with this label (case-insensitive); fails naming {@code model} otherwise. */
	public static FiModel byLabel(final String label) {
		for (final FiModel m : AVAILABLE)
			if (m.label().equalsIgnoreCase(label == null ? "" : label.trim())) return m;
		throw new InvalidParameterException("model", "model = \"" + label + "\" is invalid: must be one of " + quoted(
			labels()));
	}

	/**
	 * {@code given} completed with the model's defaults: every parameter of the
	 * model that is missing, NaN, blank or {@link #MODEL_DEFAULT} takes
	 * {@link FiModel#defaultValue}.
	 */
	public static ParameterValues resolve(final FiModel model, final ParameterValues given) {
		final ParameterValues p = new ParameterValues();
		for (final String name : model.parameterNames()) {
			final Object v = given.has(name) ? given.asMap().get(name) : null;
			p.set(name, isUnset(v) ? model.defaultValue(name, given) : v);
		}
		return p;
	}

	/** Whether {@code value} means "use the model's default". */
	public static boolean isUnset(final Object value) {
		if (value == null) return true;
		if (value instanceof Number) return Double.isNaN(((Number) value).doubleValue());
		final String s = value.toString().trim();
		return s.isEmpty() || s.equalsIgnoreCase(MODEL_DEFAULT);
	}

	private static String quoted(final List<String> labels) {
		final StringBuilder sb = new StringBuilder();
		for (final String l : labels)
			sb.append(sb.length() == 0 ? "" : ", ").append('"').append(l).append('"');
		return sb.toString();
	}
}

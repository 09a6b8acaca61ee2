package org.neuronmodels.commandsweep;

import java.util.List;
import java.util.Map;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterText;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.util.Types;

/**
 * One swept input of a command sweep: a numeric input of the command, or — for
 * a command that takes a model by name ({@code model} and
 * {@code modelParameters} inputs, e.g. f-I Curve) — a parameter of that model's
 * descriptor, set by appending {@code name=value} to {@code modelParameters}.
 */
final class Swept {

	/** The inputs through which a command takes any registered model. */
	static final String MODEL = "model", MODEL_PARAMETERS = "modelParameters";

	private final ModuleItem<?> item;
	private final ParameterSpec spec;

	private Swept(final ModuleItem<?> item, final ParameterSpec spec) {
		this.item = item;
		this.spec = spec;
	}

	/**
	 * The input {@code name} of {@code info}, or the parameter {@code name} of
	 * the model chosen by the fixed inputs (else the command's default model);
	 * fails naming {@code field}, listing the valid names.
	 */
	static Swept find(final CommandInfo info, final Module probe, final Map<String, Object> fixed, final String name,
		final String field)
	{
		final String n = name == null ? "" : name.trim();
		if (info.getInput(n) != null || info.getInput(MODEL_PARAMETERS) == null || info.getInput(MODEL) == null) {
			return new Swept(CommandLookup.numericInput(info, n, field), null);
		}
		final Object chosen = fixed.containsKey(MODEL) ? fixed.get(MODEL) : probe.getInput(MODEL);
		final ParameterSpec spec;
		try {
			spec = ModelRegistry.byName(String.valueOf(chosen)).parameter(n);
		}
		catch (final InvalidParameterException e) {
			throw new InvalidParameterException(field, field + " = \"" + n + "\" is invalid: neither an input of " +
				CommandLookup.label(info) + " nor a parameter of its model (" + e.getMessage() + ")");
		}
		if (spec.isChoice()) {
			throw new InvalidParameterException(field, field + " = \"" + n + "\" is invalid: not a numeric parameter");
		}
		if (ParameterText.parse(text(fixed)).containsKey(n)) {
			throw new InvalidParameterException("fixedInputs", "fixedInputs: " + n + " is swept and cannot also be " +
				"set in modelParameters");
		}
		return new Swept(null, spec);
	}

	/** The swept name. */
	String name() {
		return item != null ? item.getName() : spec.name();
	}

	/** The unit of the swept values, or "". */
	String unit() {
		return item != null ? CommandSweep.unit(item) : spec.unit();
	}

	/** Checks every value of {@code axis} against the input's or the parameter's range. */
	void check(final SweepAxis axis) {
		if (item != null) {
			CommandSweep.checkValues(item, axis);
			return;
		}
		for (final double v : axis.values()) {
			if (!(v >= spec.min() && v <= spec.max())) {
				throw new InvalidParameterException(axis.field(), axis.field() + ": " + spec.name() + " = " + Checks.fmt(
					v) + " " + spec.unit() + " is invalid: must be between " + Checks.fmt(spec.min()) + " and " + Checks
						.fmt(spec.max()) + " " + spec.unit());
			}
		}
	}

	/** Sets the swept values of point {@code p} on {@code module}, model parameters after the fixed text. */
	static void set(final Module module, final Map<String, Object> fixed, final List<Swept> items,
		final SweepGrid grid, final int p)
	{
		final StringBuilder text = new StringBuilder(text(fixed).trim());
		for (int k = 0; k < items.size(); k++) {
			final Swept s = items.get(k);
			final double value = k == 0 ? grid.value1(p) : grid.value2(p);
			if (s.item != null) {
				module.setInput(s.item.getName(), typed(Types.box(s.item.getType()), value));
				module.resolveInput(s.item.getName());
			}
			else {
				text.append(text.length() == 0 ? "" : ", ").append(s.spec.name()).append('=').append(value);
			}
		}
		if (items.stream().anyMatch(s -> s.item == null)) {
			module.setInput(MODEL_PARAMETERS, text.toString());
			module.resolveInput(MODEL_PARAMETERS);
		}
	}

	private static String text(final Map<String, Object> fixed) {
		final Object t = fixed.get(MODEL_PARAMETERS);
		return t == null ? "" : t.toString();
	}

	private static Number typed(final Class<?> type, final double v) {
		if (type == Integer.class) return (int) v;
		if (type == Long.class) return (long) v;
		if (type == Float.class) return (float) v;
		if (type == Short.class) return (short) v;
		if (type == Byte.class) return (byte) v;
		return v;
	}
}

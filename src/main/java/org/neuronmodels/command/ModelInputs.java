package org.neuronmodels.command;

import java.lang.reflect.Field;
import java.util.List;

import org.neuronmodels.core.sweep.FiModel;
import org.neuronmodels.core.sweep.FiModels;
import org.neuronmodels.core.model.ParameterValues;

/**
 * Collects a model's parameters from a command's own input fields by name, so
 * that a command offering several models needs no per-model code: the model
 * lists its parameter names and the command declares fields with those names.
 * A field at NaN (or the text {@link FiModels#MODEL_DEFAULT}) means "the model's default".
 */
final class ModelInputs {

	private ModelInputs() {}

	/** The values of {@code command}'s fields named {@code names} (numbers and text). */
	static ParameterValues of(final Object command, final List<String> names) {
		final ParameterValues p = new ParameterValues();
		for (final String name : names)
			p.set(name, read(field(command, name), command));
		return p;
	}

	/** Sets the model's fields that are unset (or all of them, if {@code all}) to the model's defaults. */
	static void fillDefaults(final Object command, final FiModel model, final boolean all) {
		final ParameterValues given = of(command, model.parameterNames());
		for (final String name : model.parameterNames()) {
			if (!all && !FiModels.isUnset(given.asMap().get(name))) continue;
			final Object value = model.defaultValue(name, all ? new ParameterValues() : given);
			final Field f = field(command, name);
			try {
				if (f.getType() == double.class) f.setDouble(command, ((Number) value).doubleValue());
				else f.set(command, value);
			}
			catch (final IllegalAccessException e) {
				throw new IllegalStateException("cannot set input " + name, e);
			}
		}
	}

	private static Object read(final Field f, final Object command) {
		try {
			return f.get(command);
		}
		catch (final IllegalAccessException e) {
			throw new IllegalStateException("cannot read input " + f.getName(), e);
		}
	}

	private static Field field(final Object command, final String name) {
		for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
			try {
				final Field f = c.getDeclaredField(name);
				f.setAccessible(true);
				return f;
			}
			catch (final NoSuchFieldException e) {
				// look in the superclass
			}
		}
		throw new IllegalStateException(command.getClass().getSimpleName() + " has no input field '" + name +
			"' that its model needs");
	}
}

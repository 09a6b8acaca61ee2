package org.neuronmodels.command;

import java.lang.reflect.Field;
import java.util.List;

import org.neuronmodels.core.sweep.ModelParameters;

/**
 * Collects a model's parameters from a command's own input fields by name, so
 * that a command offering several models needs no per-model code: the model
 * lists its parameter names and the command declares fields with those names.
 */
final class ModelInputs {

	private ModelInputs() {}

	/** The values of {@code command}'s fields named {@code names} (numbers and text). */
	static ModelParameters of(final Object command, final List<String> names) {
		final ModelParameters p = new ModelParameters();
		for (final String name : names)
			p.set(name, read(command, name));
		return p;
	}

	private static Object read(final Object command, final String name) {
		for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
			try {
				final Field f = c.getDeclaredField(name);
				f.setAccessible(true);
				return f.get(command);
			}
			catch (final NoSuchFieldException e) {
				// look in the superclass
			}
			catch (final IllegalAccessException e) {
				throw new IllegalStateException("cannot read input " + name, e);
			}
		}
		throw new IllegalStateException(command.getClass().getSimpleName() + " has no input field '" + name +
			"' that its model needs");
	}
}

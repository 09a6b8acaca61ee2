package org.neuronmodels.core.equation;

import java.io.File;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.model.ModelRegistry;

/** Equation models for commands that take a model by name: from a saved model file, into the registry. */
public final class EquationFiles {

	private EquationFiles() {}

	/**
	 * Registers the model saved in {@code file} as {@value EquationModelDescriptor#NAME} (input {@code field});
	 * with no file, the model registered last is kept, and there must be one.
	 */
	public static void register(final String field, final File file) {
		if (file == null || file.getPath().isEmpty()) {
			if (ModelRegistry.has(EquationModelDescriptor.NAME)) return;
			throw new InvalidParameterException(field, field + " is empty: model \"" + EquationModelDescriptor.NAME +
				"\" needs an equation model file saved by Equation Neuron (its saveModel input)");
		}
		final Map<String, String> s = EquationFile.read(field, file.toPath());
		final String integrator = s.get("integrator").isEmpty() ? org.neuronmodels.core.model.Integrators.EULER : s
			.get("integrator");
		EquationModelDescriptor.register(EquationFile.spec(s), integrator);
	}
}

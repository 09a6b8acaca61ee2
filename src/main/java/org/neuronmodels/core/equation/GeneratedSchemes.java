package org.neuronmodels.core.equation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.model.Integrators;

/**
 * The registry schemes ({@link IntegratorRegistry}, names in
 * {@link Integrators}) that the equation models generate as bytecode: the
 * compiled step program inlines the scheme instead of calling a generic
 * stepper ({@link StepProgram}). A name is matched as the registry matches it
 * (case-insensitive, "RK2" for Heun).
 */
final class GeneratedSchemes {

	/** The names, in the order a descriptor lists them. */
	static final List<String> NAMES = Collections.unmodifiableList(Arrays.asList(Integrators.EULER,
		Integrators.HEUN, Integrators.RK4, Integrators.EXPONENTIAL_EULER));

	private GeneratedSchemes() {}

	/** The registry name of {@code label} if the equation models generate it; fails naming {@code integrator}. */
	static String name(final String label) {
		final String key = label == null ? null : label.trim().replace('_', ' ');
		if (IntegratorRegistry.has(key)) {
			final String name = IntegratorRegistry.get(key).name();
			if (NAMES.contains(name)) return name;
		}
		throw new InvalidParameterException("integrator", "integrator = \"" + label + "\" is invalid: must be " +
			"\"Euler\", \"Heun\", \"RK4\" or \"Exponential Euler\"");
	}
}

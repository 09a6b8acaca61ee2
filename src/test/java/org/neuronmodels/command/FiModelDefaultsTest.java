package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ParameterSpec;

/**
 * The f-I curve and the parameter sweep read each model's parameters by the
 * field names of the model's own command: every parameter a descriptor names
 * exists as a field of that command, and its initial value is the
 * descriptor's default (a command field at NaN means "the convention's" or
 * "the preset's value"; Izhikevich's equation constants are preset-only).
 */
class FiModelDefaultsTest {

	@Test
	void modelDefaultsAreTheCommandsInitialValues() throws Exception {
		check(ModelRegistry.byName("LIF"), new LifCommand());
		check(ModelRegistry.byName("Hodgkin-Huxley"), new HhCommand());
		check(ModelRegistry.byName("ExpIF"), new ExpIfCommand());
		check(ModelRegistry.byName("AdEx"), new AdExCommand());
		check(ModelRegistry.byName("Izhikevich"), new IzhikevichCommand(), "a", "b", "c", "d", "vInit");
	}

	private static void check(final ModelDescriptor model, final Object command, final String... only)
		throws Exception
	{
		for (final ParameterSpec spec : model.parameters()) {
			if (only.length > 0 && !java.util.Arrays.asList(only).contains(spec.name())) continue;
			final Field f = command.getClass().getDeclaredField(spec.name());
			f.setAccessible(true);
			final Object value = f.get(command);
			if (value instanceof Double && Double.isNaN((Double) value)) continue;
			assertEquals(spec.defaultValue(), value, model.name() + " " + spec.name());
		}
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sweep.FiModel;
import org.neuronmodels.core.sweep.FiModels;
import org.neuronmodels.core.model.ParameterValues;

/**
 * The f-I curve uses each model's parameters with the defaults of the model's
 * own command: every field the model names exists in that command and in
 * FiCurveCommand, and the defaults agree (a command field at NaN means "the
 * convention's value" and is resolved by the model's parameter class itself).
 */
class FiModelDefaultsTest {

	@Test
	void modelDefaultsAreTheCommandsInitialValues() throws Exception {
		check(FiModels.byLabel("LIF"), new LifCommand());
		check(FiModels.byLabel("Hodgkin-Huxley"), new HhCommand());
		check(FiModels.byLabel("ExpIF"), new ExpIfCommand());
		check(FiModels.byLabel("AdEx"), new AdExCommand());
		check(FiModels.byLabel("Izhikevich"), new IzhikevichCommand());
	}

	private static void check(final FiModel model, final Object command) throws Exception {
		for (final String name : model.parameterNames()) {
			FiCurveCommand.class.getDeclaredField(name); // the f-I command has the input too
			final Field f = command.getClass().getDeclaredField(name);
			f.setAccessible(true);
			final Object value = f.get(command);
			if (value instanceof Double && Double.isNaN((Double) value)) continue;
			assertEquals(value, model.defaultValue(name, new ParameterValues()), model.label() + " " + name);
		}
	}
}

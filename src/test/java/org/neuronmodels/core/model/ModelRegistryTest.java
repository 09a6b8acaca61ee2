package org.neuronmodels.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.sim.SpikingPopulation;

/** The registry: built-in models by name, run-time registration, and errors that name what is wrong. */
class ModelRegistryTest {

	/** A model built at run time: V decays to 0 (dV/dt = −V/τ + I), no spikes. */
	private static final class Decay extends ModelDescriptor {

		Decay(final String name) {
			super(name, "mV/ms", 0.1, Collections.singletonList(ParameterSpec.number("tau", "τ (ms)", "ms", 10, "1",
				"100", "decay time")), Collections.singletonList(new StateVariable("V", "mV")), Collections
					.emptyList(), Arrays.asList(Integrators.EULER));
		}

		@Override
		public double[] initialState(final ParameterValues p) {
			return new double[] { 0 };
		}

		@Override
		public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
			final String integrator)
		{
			// a LIF population with V_rest 0 and an unreachable threshold decays the same way (R = 1 MΩ)
			return new LifPopulation(LifParameters.uniform(n, 0, -1, 199, 1, p.number("tau"), 0), dt,
				Integrators.EULER);
		}
	}

	@Test
	void findsBuiltInModelsCaseInsensitively() {
		assertTrue(ModelRegistry.names().contains(LifModel.NAME));
		assertSame(ModelRegistry.byName("LIF"), ModelRegistry.byName(" lif "));
	}

	@Test
	void unknownModelListsTheValidNames() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ModelRegistry
			.byName("Nope"));
		assertEquals("model", e.parameter());
		assertTrue(e.getMessage().contains("\"LIF\""), e.getMessage());
	}

	@Test
	void registersAndRemovesModelsAtRunTime() {
		assertFalse(ModelRegistry.has("Decay test"));
		final ModelDescriptor d = ModelRegistry.register(new Decay("Decay test"));
		try {
			assertSame(d, ModelRegistry.byName("decay TEST"));
			final ModelSetup s = ModelSetup.of("Decay test", "", "tau=20", Double.NaN, "");
			assertEquals(20, s.parameters().number("tau"));
			assertEquals(0.1, s.dt());
			assertEquals(Integrators.EULER, s.integrator());
		}
		finally {
			assertTrue(ModelRegistry.unregister("Decay test"));
		}
		assertFalse(ModelRegistry.has("Decay test"));
	}

	@Test
	void aRunTimeModelCannotReplaceABuiltInOne() {
		assertThrows(InvalidParameterException.class, () -> ModelRegistry.register(new Decay("LIF")));
		assertFalse(ModelRegistry.unregister("LIF"));
	}
}

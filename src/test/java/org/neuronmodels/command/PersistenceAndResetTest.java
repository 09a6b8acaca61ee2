package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.prefs.PrefService;

/**
 * A run's settings become the next run's defaults (SciJava's own input
 * persistence, through the same pre-processors Fiji uses), and "Reset Neuron
 * Models Defaults" forgets them. The tests' preferences live under
 * target/test-prefs (see the pom), never in the user's.
 */
class PersistenceAndResetTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, PrefService.class, NeuronModelsService.class);
		reset(); // start from a clean slate
	}

	@AfterAll
	static void stop() {
		reset();
		context.dispose();
	}

	private static int reset() {
		try {
			final Module m = context.service(ModuleService.class).run(context.service(CommandService.class)
				.getCommand(ResetDefaultsCommand.class), true).get();
			return (Integer) m.getOutput("removed");
		}
		catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e);
		}
	}

	/** The value the next run's dialog would start from: defaults, then what was remembered. */
	private static Object nextDefault(final String input) {
		final ModuleService modules = context.service(ModuleService.class);
		final Module m = modules.createModule(context.service(CommandService.class).getCommand(LifCommand.class));
		modules.loadInputs(m);
		return m.getInput(input);
	}

	@Test
	void aRunsSettingsAreTheNextDefaultsUntilReset() throws Exception {
		assertEquals(2.5, nextDefault("amplitude"));
		assertEquals(8.0, nextDefault("tauM"));
		// NB: ModuleService, not CommandService.run, which returns null for a DynamicCommand
		final Module run = context.service(ModuleService.class).run(context.service(CommandService.class)
			.getCommand(LifCommand.class), true, "amplitude", 3.25, "tauM", 12.0, "duration", 50.0, "stimStop", 40.0)
			.get();
		assertNull(((LifCommand) run.getDelegateObject()).getCancelReason());
		assertEquals(3.25, nextDefault("amplitude"));
		assertEquals(12.0, nextDefault("tauM"));
		assertEquals(50.0, nextDefault("duration"));

		// SciJava stores the inputs whose value differs from the item's default (the field's initial value):
		// the four set here.
		assertEquals(4, reset());
		assertEquals(2.5, nextDefault("amplitude"));
		assertEquals(8.0, nextDefault("tauM"));
		assertEquals(200.0, nextDefault("duration"));
		assertEquals(0, reset(), "nothing left to remove");
	}

	@Test
	void resetForgetsAValueStoredWhereSciJavaKeepsIt() {
		// ModuleService keeps an input without its own persist key under (command class, field name).
		final ModuleItem<?> dt = context.service(CommandService.class).getCommand(LifCommand.class).getInput("dt");
		assertEquals("", dt.getPersistKey() == null ? "" : dt.getPersistKey());
		context.service(PrefService.class).put(LifCommand.class, "dt", "0.05");
		assertEquals(0.05, nextDefault("dt"));
		assertEquals(1, reset());
		assertEquals(0.1, nextDefault("dt"));
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Scripts in Fiji call commands with {@code CommandService.run(...).get()}.
 * SciJava returns null there for commands that are modules themselves
 * (DynamicCommand), so no Neuron Models command may be one.
 */
class CommandServiceRunTest {

	@Test
	void noCommandIsItselfAModule() {
		final Context context = new Context(CommandService.class);
		try {
			int n = 0;
			for (final CommandInfo info : context.service(CommandService.class).getCommands()) {
				if (!info.getClassName().startsWith("org.neuronmodels.command.")) continue;
				n++;
				assertFalse(Module.class.isAssignableFrom(info.loadDelegateClass()), info.getClassName() +
					" is a Module (e.g. a DynamicCommand): CommandService.run would return null for it");
			}
			assertNotNull(n > 0 ? "" : null, "no commands found");
		}
		catch (final ClassNotFoundException e) {
			throw new AssertionError(e);
		}
		finally {
			context.dispose();
		}
	}

	@Test
	void typedCommandServiceRunReturnsTheModule() throws Exception {
		System.setProperty("java.awt.headless", "true");
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			final Future<CommandModule> future = context.service(CommandService.class).run(LifCommand.class, false,
				"amplitude", 1.55, "vThreshold", -55.0, "vReset", -75.0, "tauM", 10.0, "tRef", 0.0, "duration", 500.0,
				"stimStart", 100.0, "stimStop", 400.0);
			assertNotNull(future, "CommandService.run returned null");
			assertEquals(8, future.get().getOutput("spikeCount"), "the classic tutorial's 8 spikes");
		}
		finally {
			context.dispose();
		}
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.neuronmodels.testutil.PerAreaStimulusCommand;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/** The shared stimulus inputs are labelled in the unit a command declares; field names do not change. */
class StimulusCommandUnitTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static Module module(final Class<? extends Command> type) {
		return context.service(ModuleService.class).createModule(context.service(CommandService.class).getCommand(
			type));
	}

	@Test
	void lifKeepsItsNanoampereLabels() {
		final Module m = module(LifCommand.class);
		assertEquals("Amplitude (nA)", m.getInfo().getInput("amplitude").getLabel());
		assertEquals("Offset (nA)", m.getInfo().getInput("offset").getLabel());
	}

	@Test
	void anotherUnitRelabelsAmplitudeAndOffsetOnly() {
		final Module m = module(PerAreaStimulusCommand.class);
		assertEquals("Amplitude (µA/cm²)", m.getInfo().getInput("amplitude").getLabel());
		assertEquals("Offset (µA/cm²)", m.getInfo().getInput("offset").getLabel());
		assertTrue(m.getInfo().getInput("amplitude").getDescription().contains("µA/cm²"));
		assertEquals("Stimulus start (ms)", m.getInfo().getInput("stimStart").getLabel());
	}

	@Test
	void theFieldNamesStillTakeTheValues() {
		final Map<String, Object> in = new HashMap<>();
		in.put("amplitude", 7.5);
		final Module m = Commands.run(context, PerAreaStimulusCommand.class, in);
		assertNull(Commands.cancelReason(m));
		assertEquals("µA/cm² 7.5", m.getOutput("unitSeen"));
	}
}

package org.neuronmodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.command.InputRanges;
import org.neuronmodels.command.LifCommand;
import org.neuronmodels.command.NeuronModelsCommand;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

/**
 * The validation SciJava's dialog runs on the check line of a Neuron Models
 * command: the command's own checks (declared ranges, then the core's
 * cross-field checks), with the same message a run gives.
 */
class DialogChecksTest {

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

	/** A LIF module as the dialog sees it: defaults, then {@code values}, dialog checks on. */
	private static Module dialogModule(final Map<String, Object> values) {
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(LifCommand.class));
		values.forEach(m::setInput);
		((NeuronModelsCommand) m.getDelegateObject()).checkInputsInDialog();
		return m;
	}

	/** The validation message of every input that has one (name → message). */
	private static Map<String, String> messages(final Module m) {
		final Map<String, String> found = new HashMap<>();
		for (final ModuleItem<?> item : m.getInfo().inputs()) {
			final String message = item.validateMessage(m);
			if (message != null) found.put(item.getName(), message);
		}
		return found;
	}

	private static String runReason(final Map<String, Object> values) {
		return Commands.cancelReason(Commands.run(context, LifCommand.class, values));
	}

	@Test
	void stimStopNotAfterStimStartIsReportedWithTheRunsMessage() {
		final Map<String, Object> v = new HashMap<>();
		v.put("stimStart", 100.0);
		v.put("stimStop", 100.0);
		final Map<String, String> found = messages(dialogModule(v));
		assertEquals(Collections.singleton(CHECK_LINE), found.keySet());
		assertEquals("stimStop = 100 ms is invalid: must be greater than stimStart = 100 ms", found.get(CHECK_LINE));
		assertEquals(found.get(CHECK_LINE), runReason(v), "the dialog and the run use the same check");
	}

	@Test
	void dtAboveTauIsReportedWithTheRunsMessage() {
		final Map<String, Object> v = new HashMap<>();
		v.put("dt", 10.0);
		v.put("tauM", 5.0);
		final String message = messages(dialogModule(v)).get(CHECK_LINE);
		assertEquals("dt = 10 ms is invalid: must not exceed tauM = 5 ms (use dt ≤ tauM/10 for accuracy)", message);
		assertEquals(message, runReason(v));
	}

	@Test
	void declaredRangesAreCheckedToo() {
		final Map<String, Object> v = new HashMap<>();
		v.put("amplitude", Double.NaN);
		assertEquals("amplitude = NaN nA is invalid: must be between -1000000 and 1000000 nA", messages(
			dialogModule(v)).get(CHECK_LINE));
	}

	@Test
	void validInputsGiveNoMessage() {
		assertTrue(messages(dialogModule(new HashMap<>())).isEmpty());
	}

	@Test
	void theCheckLineIsAMessageThatIsNeitherSavedNorAUserInput() {
		final ModuleItem<?> line = context.service(CommandService.class).getCommand(LifCommand.class).getInput(
			CHECK_LINE);
		assertEquals(ItemVisibility.MESSAGE, line.getVisibility());
		assertFalse(line.isPersisted());
		assertFalse(InputRanges.isUserInput(line));
	}

	@Test
	void withoutADialogAssigningInputsOneByOneNeverFailsHalfWay() {
		// Scripts and macros set inputs one at a time (each resolved in turn, the check line too); a
		// cross-field rule must not fire while the values are half set: stimStop = 400 ms is only valid once
		// duration = 500 ms is set too. (Commands.run resolves the check line before setting the inputs.)
		final Map<String, Object> v = new HashMap<>();
		v.put("stimStop", 400.0);
		v.put("duration", 500.0);
		assertNull(runReason(v));
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(LifCommand.class));
		m.setInput("stimStop", 400.0);
		m.resolveInput("stimStop");
		m.resolveInput(CHECK_LINE); // no exception: no dialog, no checks yet
	}

	private static final String CHECK_LINE = "inputCheck";

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(classes = { LifCommand.class,
		org.neuronmodels.command.ExpIfCommand.class, org.neuronmodels.command.HhCommand.class,
		org.neuronmodels.command.AdExCommand.class })
	void everySingleNeuronCommandChecksTheStimulusWindowBeforeRunning(final Class<?> command) {
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(command.getName()));
		m.setInput("stimulus", "Step");
		m.setInput("stimStart", 50.0);
		m.setInput("stimStop", 40.0);
		if (m.getInfo().getInput("preset") != null) m.setInput("preset", "Custom");
		final org.neuronmodels.core.InvalidParameterException problem = ((NeuronModelsCommand) m.getDelegateObject())
			.inputProblem();
		assertTrue(problem != null && "stimStop".equals(problem.parameter()), command.getSimpleName() + ": " +
			problem);
	}
}

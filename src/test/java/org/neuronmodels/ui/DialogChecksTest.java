package org.neuronmodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.command.InputRanges;
import org.neuronmodels.command.LifCommand;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

/**
 * The validation SciJava's dialog runs on each input of a Neuron Models
 * command: the command's own checks (declared ranges, then the core's
 * cross-field checks), reported on the field they name, with the message a
 * run gives.
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

	/**
	 * A LIF module as the dialog sees it: defaults, then {@code values}; the inputs named in
	 * {@code resolved} were set by a macro (resolved before the checks are installed), the others unresolved.
	 */
	private static Module dialogModule(final Map<String, Object> values, final String... resolved) {
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(LifCommand.class));
		values.forEach(m::setInput);
		for (final String name : resolved)
			m.resolveInput(name);
		assertTrue(CheckedInput.install(m));
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
	void stimStopNotAfterStimStartIsReportedOnStimStopWithTheRunsMessage() {
		final Map<String, Object> v = new HashMap<>();
		v.put("stimStart", 100.0);
		v.put("stimStop", 100.0);
		final Map<String, String> found = messages(dialogModule(v));
		assertEquals(1, found.size(), found::toString);
		assertEquals("stimStop = 100 ms is invalid: must be greater than stimStart = 100 ms", found.get("stimStop"));
		assertEquals(found.get("stimStop"), runReason(v), "the dialog and the run use the same check");
	}

	@Test
	void dtAboveTauIsReportedOnDtWithTheRunsMessage() {
		final Map<String, Object> v = new HashMap<>();
		v.put("dt", 10.0);
		v.put("tauM", 5.0);
		final Map<String, String> found = messages(dialogModule(v));
		assertEquals(1, found.size(), found::toString);
		assertEquals("dt = 10 ms is invalid: must not exceed tauM = 5 ms (use dt ≤ tauM/10 for accuracy)", found
			.get("dt"));
		assertEquals(found.get("dt"), runReason(v));
	}

	@Test
	void declaredRangesAreCheckedToo() {
		final Map<String, Object> v = new HashMap<>();
		v.put("amplitude", Double.NaN);
		final Map<String, String> found = messages(dialogModule(v));
		assertEquals(1, found.size(), found::toString);
		assertEquals("amplitude = NaN nA is invalid: must be between -1000000 and 1000000 nA", found.get(
			"amplitude"));
	}

	@Test
	void validInputsGiveNoMessageAndKeepTheirOrderLabelsAndDefaults() {
		final Module plain = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(LifCommand.class));
		final List<String> before = names(plain);
		final ModuleItem<?> amplitude = plain.getInfo().getInput("amplitude");
		final Module m = dialogModule(new HashMap<>());
		assertTrue(messages(m).isEmpty(), messages(m)::toString);
		assertEquals(before, names(m));
		final ModuleItem<?> checked = m.getInfo().getInput("amplitude");
		assertTrue(checked instanceof CheckedInput);
		assertEquals(amplitude.getLabel(), checked.getLabel());
		assertEquals(amplitude.getDefaultValue(), checked.getDefaultValue());
		assertEquals(amplitude.getMinimumValue(), checked.getMinimumValue());
	}

	@Test
	void aProblemWithAnInputNotInTheDialogIsShownOnTheFirstDialogInput() {
		// A macro set stimStop (resolved: not in the dialog); the dialog still refuses, on its first input.
		final Map<String, Object> v = new HashMap<>();
		v.put("stimStop", 10.0);
		final Module m = dialogModule(v, "stimStop");
		final Map<String, String> found = messages(m);
		final String first = InputRanges.userInputs(m).get(0).getName();
		assertEquals(1, found.size(), found::toString);
		assertEquals("stimStop = 10 ms is invalid: must be greater than stimStart = 20 ms", found.get(first));
	}

	@Test
	void withoutADialogAssigningInputsOneByOneNeverFailsHalfWay() {
		// Scripts and macros set inputs one at a time (each resolved in turn); a cross-field rule must not
		// fire while the values are half set: stimStop = 400 ms is only valid once duration = 500 ms is set.
		// The checks are only installed right before a dialog.
		final Map<String, Object> v = new HashMap<>();
		v.put("stimStop", 400.0);
		v.put("duration", 500.0);
		assertNull(runReason(v));
	}

	private static List<String> names(final Module m) {
		final List<String> names = new ArrayList<>();
		for (final ModuleItem<?> item : m.getInfo().inputs())
			names.add(item.getName());
		return names;
	}
}

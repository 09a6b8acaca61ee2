package org.neuronmodels.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.module.KeyValueInputs;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;

/**
 * The ImageJ macro example (which needs Fiji to run) is checked here as far as
 * possible without ImageJ 1.x: every {@code run("<label>", "<options>")} names
 * a command, every key is one of its field names, every value converts to the
 * field's type and passes its checks, and the command then runs without error
 * with exactly those inputs.
 */
class MacroExampleTest {

	/** {@code run("label", "options");} with the IJ1 string escapes. */
	private static final Pattern RUN = Pattern.compile("^run\\(\"([^\"]+)\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\);\\s*$");
	/** {@code key=value} or {@code key=[value with spaces]}, as IJ1's Macro.getValue reads options. */

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

	@Test
	void everyRunCallNamesACommandItsFieldsAndValidValues() throws Exception {
		final List<String> lines = Files.readAllLines(Paths.get("scripts/neuron-models-macro.ijm"), StandardCharsets.UTF_8);
		final List<String> calls = new ArrayList<>();
		for (final String line : lines) {
			final String t = line.trim();
			if (t.isEmpty() || t.startsWith("//")) continue;
			final Matcher m = RUN.matcher(t);
			assertTrue(m.matches(), "not a run(\"label\", \"options\"); call: " + t);
			calls.add(m.group(1));
			check(m.group(1), m.group(2).replace("\\\"", "\""));
		}
		assertEquals(4, calls.size());
		assertTrue(calls.contains("Parameter Sweep") && calls.contains("Leaky Integrate-and-Fire"), calls.toString());
	}

	private static void check(final String label, final String options) throws ClassNotFoundException {
		CommandInfo info = null;
		for (final CommandInfo c : context.service(CommandService.class).getCommands())
			if (label.equals(c.getLabel())) info = c;
		assertNotNull(info, "no command labelled " + label);
		final Module probe = context.service(org.scijava.module.ModuleService.class).createModule(info);
		// NB: the launcher's reader takes the macro's options as ImageJ writes them (spaces, [brackets])
		final Map<String, Object> values = new KeyValueInputs(context.service(ConvertService.class)).assign(probe,
			options);
		@SuppressWarnings("unchecked")
		final Module run = Commands.run(context, (Class<? extends Command>) info.loadDelegateClass(), values);
		assertNull(Commands.cancelReason(run), label + ": " + Commands.cancelReason(run));
	}
}

package org.neuronmodels.reliability;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.testutil.CommandHarness;
import org.neuronmodels.testutil.CommandHarness.Outcome;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;

/**
 * The numerical trust checks (core.check) on real command runs: no warning at
 * any command's defaults or at any preset (no false alarms), and a warning or
 * a clean error naming the cause for each extreme-but-accepted input of issue
 * 12, whose published or converged answers differ from what the coarse run
 * gives (e.g. Izhikevich tonic spiking at dt = 2 ms: 3 spikes where a fine
 * step gives 5; HH with Euler at dt = 0.07 ms: 10 where the converged answer
 * is 6).
 */
class NumericalTrustTest {

	private static final long LIMIT_MS = 120_000;

	private static Context context;

	@BeforeAll
	static void start() {
		context = CommandHarness.context();
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	@TestFactory
	Stream<DynamicTest> noWarningAtAnyDefaultOrPreset() {
		final List<DynamicTest> tests = new ArrayList<>();
		for (final CommandInfo info : CommandHarness.commands(context)) {
			tests.add(DynamicTest.dynamicTest(info.getLabel() + " defaults", () -> assertNoWarning(info,
				new LinkedHashMap<>())));
			for (final ModuleItem<?> item : CommandHarness.inputs(info)) {
				if (!item.getName().equals("preset") || item.getChoices() == null) continue;
				for (final Object choice : item.getChoices()) {
					final Map<String, Object> in = new LinkedHashMap<>();
					in.put("preset", choice);
					tests.add(DynamicTest.dynamicTest(info.getLabel() + " preset " + choice, () -> assertNoWarning(info,
						in)));
				}
			}
		}
		return tests.stream();
	}

	private static void assertNoWarning(final CommandInfo info, final Map<String, Object> in) {
		for (final ModuleItem<?> item : CommandHarness.inputs(info))
			if (item.getType() == java.io.File.class && item.isRequired()) in.put(item.getName(), CommandHarness
				.recording()); // a command that needs a file gets a LIF recording
		final Outcome o = CommandHarness.run(context, info, in, LIMIT_MS);
		assertTrue(o.completed() || o.reason != null && in.containsKey("preset"), () -> info.getLabel() + " " + in +
			": " + o);
		if (!o.completed()) return; // e.g. "Custom" without its file
		assertNull(o.module.getOutput("warnings"), () -> info.getLabel() + " " + in + " warns: " + o.module.getOutput(
			"warnings"));
	}

	/** Each case must end in a warning or an error whose text contains every ';'-separated fragment. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"ExpIfCommand | amplitude=1e6 | step size;input",
		"AdExCommand | dt=1 | dt",
		"IzhikevichCommand | dt=2 | accuracy;dt/2",
		"HhCommand | integrator=Euler,dt=0.07 | dt does not resolve the spikes",
		"SpikingNetworkCommand | preset=CUBA,neurons=1000,excitatoryWeight=1,duration=300 | runaway;weights",
	})
	void issueCasesAreFlagged(final String command, final String args, final String fragments) {
		final CommandInfo info = find(command);
		final Map<String, Object> in = new LinkedHashMap<>();
		for (final String kv : args.split(",")) {
			final String[] p = kv.split("=");
			final ModuleItem<?> item = info.getInput(p[0]);
			final Class<?> t = org.scijava.util.Types.box(item.getType());
			in.put(p[0], t == Double.class ? (Object) Double.valueOf(p[1]) : t == Integer.class ? (Object) Integer
				.valueOf(p[1]) : p[1]);
		}
		final Outcome o = CommandHarness.run(context, info, in, LIMIT_MS);
		assertNull(o.exception, () -> command + " " + args + ": " + o);
		final String text = o.completed() ? (String) o.module.getOutput("warnings") : o.reason;
		System.out.println(command + " " + args + " -> " + (o.completed() ? "warning: " : "error: ") + text);
		assertTrue(text != null, () -> command + " " + args + ": neither a warning nor an error");
		for (final String f : fragments.split(";"))
			assertTrue(text.contains(f), () -> command + " " + args + ": '" + f + "' missing in: " + text);
	}

	private static CommandInfo find(final String simpleName) {
		for (final CommandInfo info : CommandHarness.commands(context))
			if (info.getClassName().endsWith("." + simpleName)) return info;
		throw new AssertionError("no command " + simpleName);
	}
}

package org.neuronmodels.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuronmodels.module.RunProvenance;
import org.neuronmodels.io.Json;

/**
 * Turns a run record ({@code outputs.json}) back into the command and the
 * argument string that repeat the run: the recorded command class and
 * {@value RunRecord#REPLAY_ARGUMENTS} (every input, NaN and Infinity
 * included), so a replay with the same version gives bit-identical outputs.
 */
final class Replay {

	private Replay() {}

	/** Reads {@code options.replay} and sets the command and arguments of {@code options}. */
	static void apply(final LauncherOptions options, final PrintStream err)
		throws LauncherException
	{
		final Map<?, ?> root = read(options);
		final Object command = root.get("command");
		final Object className = command instanceof Map ? ((Map<?, ?>) command)
			.get("class") : null;
		if (!(className instanceof String)) throw invalid(options, "it names no command class");
		Object arguments = root.get(RunRecord.REPLAY_ARGUMENTS);
		if (!(arguments instanceof String)) {
			final Object inputs = root.get("inputs");
			if (!(inputs instanceof Map)) throw invalid(options, "it records no inputs");
			final Map<String, Object> map = new LinkedHashMap<>();
			((Map<?, ?>) inputs).forEach((k, v) -> map.put(String.valueOf(k), v));
			arguments = RunProvenance.arguments(map);
			err.println("neuron-models: note: " + options.replay + " has no " +
				RunRecord.REPLAY_ARGUMENTS + "; repeating the run from its inputs");
		}
		final Object version = root.get("version");
		if (version != null && !version.equals(RunRecord.projectVersion())) {
			err.println("neuron-models: note: " + options.replay +
				" was written by Neuron Models " + version + ", this is " + RunRecord
					.projectVersion() + "; the outputs may differ");
		}
		final Object recorded = root.get("arguments");
		options.replayedArguments = recorded instanceof String ? (String) recorded : null;
		options.command = (String) className;
		options.arguments = (String) arguments;
	}

	private static Map<?, ?> read(final LauncherOptions options)
		throws LauncherException
	{
		final String text;
		try {
			text = new String(Files.readAllBytes(options.replay), StandardCharsets.UTF_8);
		}
		catch (final IOException exc) {
			throw new LauncherException(LauncherException.INVALID_INPUT,
				"cannot read the run record " + options.replay + ": " + exc);
		}
		final Object tree;
		try {
			tree = Json.parse(text);
		}
		catch (final IllegalArgumentException exc) {
			throw invalid(options, "it is not valid JSON (" + exc.getMessage() + ")");
		}
		if (!(tree instanceof Map)) throw invalid(options, "it is not a JSON object");
		return (Map<?, ?>) tree;
	}

	private static LauncherException invalid(final LauncherOptions options,
		final String why)
	{
		return new LauncherException(LauncherException.INVALID_INPUT, options.replay +
			" is not a Neuron Models run record: " + why);
	}
}

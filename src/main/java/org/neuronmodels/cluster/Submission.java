package org.neuronmodels.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code sbatch} arguments of a sweep's array job (a list: no shell ever parses them). */
final class Submission {

	private Submission() {}

	/**
	 * {@code sbatch [--test-only | --parsable] --job-name=… <options> --array=<tasks> --output=<log> [script]};
	 * the user's options come first, the array and the log last (they win); without a script
	 * sbatch reads it from its standard input.
	 */
	static List<String> arguments(final boolean testOnly, final String tasks, final List<String> options,
		final String output, final String label, final Path script)
	{
		final List<String> args = new ArrayList<>();
		args.add(testOnly ? "--test-only" : "--parsable");
		args.add("--job-name=neuron-models-" + label.replaceAll("[^A-Za-z0-9_.-]+", "-"));
		args.addAll(options);
		args.add("--array=" + tasks);
		args.add("--output=" + output);
		if (script != null) args.add(script.toString());
		return args;
	}

	/** The job id in {@code sbatch --parsable}'s answer ("123" or "123;cluster"), or null. */
	static String jobId(final String answer) {
		final String first = answer.trim().split("\\R")[0].split(";")[0].trim();
		return first.matches("\\d+") ? first : null;
	}
}

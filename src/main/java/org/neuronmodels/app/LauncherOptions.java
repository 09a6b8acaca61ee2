package org.neuronmodels.app;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The launcher's command line, in SciJava console style:
 * {@code [--headless] --run <command> [<key=value,...>] [--out DIR]},
 * {@code [--headless] --replay <outputs.json> [--out DIR]}, {@code --list} or
 * {@code --help}.
 */
final class LauncherOptions {

	static final String USAGE = String.join("\n", //
		"Usage: neuron-models [--headless] --run \"<command>\" [\"<key=value,...>\"] [--out DIR]",
		"       neuron-models [--headless] --replay <outputs.json> [--out DIR]",
		"       neuron-models --list | --help",
		"",
		"Runs a Neuron Models command without Fiji and prints its scalar and array",
		"outputs as 'name = value' lines.",
		"",
		"  --run <command> [<args>]  the command's label, class name or simple class",
		"                            name (or a script file with #@ parameters: .groovy,",
		"                            .js, .py), then its inputs as key=value pairs separated",
		"                            by commas; text in double quotes, e.g.",
		"                            stimulus=\"Step\",amplitude=1.55. Inputs not given",
		"                            take the command's defaults (never values",
		"                            remembered from earlier runs).",
		"  --out DIR                 also write every output into DIR (created if",
		"                            missing): charts as .png and .svg, images as .tif,",
		"                            tables as .csv, and outputs.json (command, inputs,",
		"                            outputs, warnings, versions, files, and a \"run\"",
		"                            block: time, host, duration). The run writes into a",
		"                            hidden folder beside DIR and renames it into place",
		"                            when complete: a failure, cancel, Ctrl-C or SIGTERM",
		"                            leaves nothing. A later run replaces DIR as a whole",
		"                            if an earlier run wrote it (.neuron-models-run);",
		"                            another non-empty DIR is refused, and so is a DIR",
		"                            another run is writing to.",
		"  --h5                      with --out, also write results.h5: the voltage,",
		"                            current, spikes, other outputs and the inputs in",
		"                            an NWB-like HDF5 layout (plugins-docs/nwb-file-info.md)",
		"  --replay <outputs.json>   repeat the run recorded in an outputs.json file:",
		"                            the same command with every recorded input, so",
		"                            the data files are bit for bit the same and so is",
		"                            outputs.json except its \"run\" block (time, host,",
		"                            duration); a note warns if the record comes from",
		"                            another version",
		"  --spec <spec.json> --shard <i/N>",
		"                            compute shard i of N of the sweep in a SLURM work",
		"                            directory's spec file (what each array task runs)",
		"  --headless                run without a display (java.awt.headless=true)",
		"  --list                    list the available commands",
		"  --print-arrays            print arrays longer than 10 values in full (by",
		"                            default one line: length, min, max, mean, file)",
		"  --debug                   print the stack trace of a failure",
		"  --help                    show this help",
		"",
		"Environment: NEURON_MODELS_CHECKS=off skips the numerical checks (benchmarks).",
		"",
		"Exit status: 0 success, 1 failure, 2 invalid command line or input,",
		"130 interrupted (SIGINT, Ctrl-C), 143 terminated (SIGTERM).");

	boolean headless;
	boolean list;
	boolean help;
	boolean debug;
	boolean printArrays;
	String command;
	String arguments = "";
	/** A replay's recorded argument string (outputs.json "arguments"), or null. */
	String replayedArguments;
	Path out;
	Path replay;
	/** Whether --out also gets results.h5 (HDF5, NWB-like). */
	boolean h5;
	Path spec;
	String shard;

	/** The argument string the run record keeps: a replay keeps the recorded one, so its record is the same. */
	String recordedArguments() {
		return replayedArguments != null ? replayedArguments : arguments;
	}

	/** Parses the command line; throws with exit status 2 on anything it does not understand. */
	static LauncherOptions parse(final String[] args) throws LauncherException {
		final LauncherOptions o = new LauncherOptions();
		for (int i = 0; i < args.length; i++) {
			final String a = args[i];
			if (a.equals("--headless")) o.headless = true;
			else if (a.equals("--list")) o.list = true;
			else if (a.equals("--help") || a.equals("-h")) o.help = true;
			else if (a.equals("--debug")) o.debug = true;
			else if (a.equals("--print-arrays")) o.printArrays = true;
			else if (a.equals("--h5")) o.h5 = true;
			else if (a.equals("--run")) {
				if (o.command != null) throw usage("--run is given more than once");
				if (i + 1 >= args.length) throw usage("--run needs a command name");
				o.command = args[++i];
				if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
					o.arguments = args[++i];
				}
			}
			else if (a.equals("--out") || a.startsWith("--out=")) {
				final String dir = a.equals("--out") ? (i + 1 < args.length
					? args[++i] : null) : a.substring("--out=".length());
				if (dir == null || dir.isEmpty()) throw usage("--out needs a directory");
				o.out = Paths.get(dir);
			}
			else if (a.equals("--replay") || a.startsWith("--replay=")) {
				if (o.replay != null) throw usage("--replay is given more than once");
				final String file = a.equals("--replay") ? (i + 1 < args.length
					? args[++i] : null) : a.substring("--replay=".length());
				if (file == null || file.isEmpty()) throw usage("--replay needs an outputs.json file");
				o.replay = Paths.get(file);
			}
			else if (a.equals("--spec") || a.equals("--shard")) {
				if (i + 1 >= args.length) throw usage(a + " needs a value");
				if (a.equals("--spec")) o.spec = Paths.get(args[++i]);
				else o.shard = args[++i];
			}
			else if (a.startsWith("-")) throw usage("unknown option '" + a + "'");
			else throw usage("unexpected argument '" + a +
				"' (the inputs follow the command: --run \"<command>\" \"<key=value,...>\")");
		}
		if (o.h5 && o.out == null) throw usage("--h5 needs --out DIR");
		if (o.replay != null && o.command != null) {
			throw usage("--run and --replay exclude each other");
		}
		if ((o.spec == null) != (o.shard == null)) throw usage("--spec and --shard go together");
		if (o.spec != null && (o.command != null || o.replay != null)) {
			throw usage("--shard excludes --run and --replay");
		}
		if (!o.help && !o.list && o.command == null && o.replay == null && o.spec == null) {
			throw usage("no command given: use --run \"<command>\", --replay <outputs.json> or --list");
		}
		return o;
	}

	private static LauncherException usage(final String message) {
		return new LauncherException(LauncherException.INVALID_INPUT, message +
			" (see --help)");
	}
}

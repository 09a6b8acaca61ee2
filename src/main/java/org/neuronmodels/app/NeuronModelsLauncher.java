package org.neuronmodels.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.io.OutputFolder;
import org.neuronmodels.io.RunFolder;
import org.neuronmodels.module.DataFolder;
import org.neuronmodels.module.KeyValueInputs;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;

/**
 * Runs a Neuron Models command without Fiji:
 * {@code neuron-models --headless --run "<command>" "<key=value,...>" [--out DIR]},
 * or repeats a recorded run: {@code neuron-models --replay outputs.json [--out DIR]}.
 * <p>
 * Only the SciJava services the launcher and the chosen command need are
 * started. Inputs come from the command line alone (see {@link KeyValueInputs}
 * and {@link ModuleExecution}); scalar and array outputs are printed as
 * {@code name = value} lines, and with {@code --out} every output is written
 * by {@link OutputFolder}. On failure one line
 * {@code neuron-models: error: <message>} goes to stderr, nothing is written,
 * and the exit status is 2 for invalid input, 1 otherwise.
 * </p>
 */
public final class NeuronModelsLauncher {

	/** Prefix of every error line. */
	public static final String ERROR_PREFIX = "neuron-models: error: ";

	private NeuronModelsLauncher() {}

	/** Runs the launcher and exits the JVM with its status. */
	public static void main(final String[] args) {
		RunGuard.installSignalHandlers(System.err);
		final int status = run(args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		System.exit(status);
	}

	/** Runs the launcher with the given arguments and streams; returns the exit status. */
	public static int run(final String[] args, final PrintStream out,
		final PrintStream err)
	{
		LauncherOptions options = null;
		Thread warmup = null;
		try {
			options = LauncherOptions.parse(args);
			if (options.headless) System.setProperty("java.awt.headless", "true");
			if (options.help) {
				out.println(LauncherOptions.USAGE);
				return 0;
			}
			if (options.shard != null) return ShardLaunch.run(options);
			warmup = options.out != null && !options.list ? ChartWarmup.start() : null;
			final Map<String, Throwable> problems = new LinkedHashMap<>();
			final List<PluginInfo<?>> plugins = LauncherPlugins.discover(problems);
			final CommandFinder finder = new CommandFinder(LauncherPlugins.commands(plugins));
			if (options.list) {
				printList(finder, out);
				return 0;
			}
			if (options.replay != null) Replay.apply(options, err);
			checkOutDir(options.out);
			if (ScriptRunner.isScript(options.command)) {
				ChartWarmup.await(warmup); // NB: scripts never initialise AWT classes concurrently
				final List<PluginInfo<?>> withLanguages = new ArrayList<>(plugins);
				withLanguages.addAll(ScriptLanguages.available());
				try {
					ScriptLaunch.run(LauncherPlugins.indexOf(withLanguages, problems), options, out, err);
				}
				finally {
					RunGuard.end();
				}
				return 0;
			}
			final PluginInfo<Command> command = finder.find(options.command);
			runCommand(command, LauncherPlugins.indexOf(plugins, problems), options, out, err, warmup);
			return 0;
		}
		catch (final LauncherException exc) {
			return report(exc, exc.exitCode(), options, err);
		}
		catch (final RuntimeException | Error exc) {
			return report(exc, LauncherException.FAILURE, options, err);
		}
		finally {
			ChartWarmup.await(warmup); // NB: never exit while it draws (it would race the JDK's shutdown hooks)
		}
	}

	// -- Helper methods --

	private static void runCommand(final PluginInfo<Command> command,
		final PluginIndex index, final LauncherOptions options,
		final PrintStream out, final PrintStream err, final Thread warmup)
		throws LauncherException
	{
		final long start = System.nanoTime();
		final Context context = new Context(LauncherPlugins.servicesFor(command), index);
		if (options.debug) {
			err.printf("neuron-models: context with %d services started in %.0f ms%n",
				context.getServiceIndex().size(), (System.nanoTime() - start) / 1e6);
		}
		try {
			final ModuleService modules = context.service(ModuleService.class);
			final CommandInfo info = new CommandInfo(command);
			final Module module = modules.createModule(info);
			if (module == null) {
				throw new LauncherException(LauncherException.FAILURE,
					"cannot create the command " + command.getClassName());
			}
			assignInputs(context, module, options.arguments);
			ShardLaunch.defaultWorkDirectory(module, options.out);
			RunGuard.phase("computing");
			if (options.out != null) RunGuard.open(options.out); // refuses a foreign or busy folder before computing
			ChartWarmup.await(warmup); // NB: the command never initialises AWT classes concurrently
			final RunFolder folder = RunGuard.folder();
			DataFolder.set(folder == null ? null : folder.files()); // big data streams into the staging folder
			try {
				new ModuleExecution(context).run(module);
			}
			finally {
				DataFolder.set(null);
			}

			final RunRecord record = new RunRecord(CommandFinder.label(command),
				command.getClassName(), options.recordedArguments(), inputsOf(module),
				outputsOf(module)).startedAt(start);
			emit(record, options, out, err);
		}
		finally {
			RunGuard.end();
			context.dispose();
		}
	}

	/** Writes the outputs with --out, then prints the scalars and short arrays, one summary line per long array. */
	static void emit(final RunRecord record, final LauncherOptions options,
		final PrintStream out, final PrintStream err) throws LauncherException
	{
		if (options.out != null) {
			final List<String> files;
			RunFolder folder = RunGuard.folder();
			if (folder == null) folder = RunGuard.open(options.out); // a script: locked for the writing only
			RunGuard.phase("writing the outputs");
			try {
				final Map<String, Object> outputs = record.fileOutputs();
				if (options.h5) outputs.put(ResultsH5Output.FILE_NAME, ResultsH5Output.of(record));
				files = new OutputFolder(folder.files()).write(outputs, record::toJsonTree);
				RunGuard.beforeCommit();
				folder.commit();
			}
			catch (final IOException | RuntimeException exc) {
				throw new LauncherException(LauncherException.FAILURE,
					"cannot write the outputs to " + options.out + ": " + exc, exc);
			}
			err.println("neuron-models: wrote " + files.size() + " files to " +
				options.out);
		}
		record.plainOutputs().forEach((name, value) -> {
			if (value != null) out.println(name + " = " + (options.printArrays || !Values
			.isBigArray(value) ? Values.format(value) : "[" + Values.summary(value) + (options.out == null
				? "; written with --out DIR" : "; in " + name + ".csv") + "]"));
		}); // an output left unset (e.g. no warnings) is not printed
		out.flush();
	}

	/** Assigns the key=value inputs; a bad one is invalid input (exit status 2). */
	static void assignInputs(final Context context, final Module module,
		final String arguments) throws LauncherException
	{
		try {
			new KeyValueInputs(context.service(ConvertService.class)).assign(module, arguments);
		}
		catch (final InvalidParameterException exc) {
			throw new LauncherException(LauncherException.INVALID_INPUT, exc
				.getMessage(), exc);
		}
	}

	static Map<String, Object> inputsOf(final Module module) {
		final Map<String, Object> inputs = new LinkedHashMap<>();
		for (final ModuleItem<?> item : KeyValueInputs.settableInputs(module)) {
			if (!Values.isRecordable(item.getType())) continue;
			inputs.put(item.getName(), Values.recordable(module.getInput(item
				.getName())));
		}
		return inputs;
	}

	static Map<String, Object> outputsOf(final Module module) {
		final Map<String, Object> outputs = new LinkedHashMap<>();
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			outputs.put(item.getName(), module.getOutput(item.getName()));
		}
		return outputs;
	}

	private static void checkOutDir(final Path dir) throws LauncherException {
		if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new LauncherException(LauncherException.INVALID_INPUT, "--out " +
				dir + " exists and is not a directory");
		}
	}

	private static void printList(final CommandFinder finder,
		final PrintStream out)
	{
		final List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "LABEL", "CLASS", "MENU" });
		for (final PluginInfo<Command> info : finder.all()) {
			rows.add(new String[] { CommandFinder.label(info), info.getClassName(),
				CommandFinder.menu(info) });
		}
		final int[] width = new int[2];
		for (final String[] row : rows) {
			for (int c = 0; c < 2; c++) width[c] = Math.max(width[c], row[c].length());
		}
		for (final String[] row : rows) {
			out.println(String.format("%-" + width[0] + "s  %-" + width[1] + "s  %s",
				(Object[]) row).trim());
		}
		out.flush();
	}

	private static int report(final Throwable exc, final int status,
		final LauncherOptions options, final PrintStream err)
	{
		String message = exc instanceof LauncherException ? exc.getMessage()
			: ModuleExecution.failure(exc).getMessage();
		message = ModuleExecution.oneLine(message);
		err.println(ERROR_PREFIX + message);
		if (options != null && options.debug) {
			exc.printStackTrace(err);
		}
		err.flush();
		return status;
	}
}

package org.neuronmodels.app;

import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginService;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.scijava.service.Service;

/**
 * The launcher's {@code --run <script file>}: runs the script in a context
 * with the script languages of {@link ScriptLanguages}, prints its scalar and
 * array outputs and writes the rest with {@code --out}, like a command's.
 * A script that throws is an error (exit status 1, or 2 for invalid input).
 */
final class ScriptLaunch {

	/** Services a script run starts with (scripts may ask for the Neuron Models service and commands). */
	private static final List<Class<? extends Service>> SERVICES = Arrays.asList(PluginService.class,
		EventService.class, LogService.class, ModuleService.class, ConvertService.class, ParseService.class,
		ScriptService.class, CommandService.class, StatusService.class, NeuronModelsService.class);

	private ScriptLaunch() {}

	/** Runs the script named by {@code options.command}. */
	static void run(final PluginIndex index, final LauncherOptions options, final PrintStream out,
		final PrintStream err) throws LauncherException
	{
		final File file = new File(options.command);
		final Context context = new Context(SERVICES, index);
		try {
			final StringWriter errors = new StringWriter();
			final PrintWriter output = new PrintWriter(out, true);
			final ScriptModule module;
			try {
				module = new ScriptRunner(context).run(file, options.arguments, output, errors);
			}
			catch (final ScriptRunner.ScriptFailedException exc) {
				if (options.debug) err.print(errors);
				throw new LauncherException(LauncherException.FAILURE, ModuleExecution.oneLine(exc.getMessage()), exc);
			}
			catch (final RuntimeException exc) {
				throw ModuleExecution.failure(exc);
			}
			finally {
				output.flush();
			}
			final RunRecord record = new RunRecord(file.getName(), file.getPath(), options.recordedArguments(),
				NeuronModelsLauncher.inputsOf(module), ScriptRunner.outputs(module));
			NeuronModelsLauncher.emit(record, options, out, err);
		}
		finally {
			context.dispose();
		}
	}
}

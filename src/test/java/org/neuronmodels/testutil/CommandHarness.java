package org.neuronmodels.testutil;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neuronmodels.command.NeuronModelsCommand;
import org.neuronmodels.module.InputRanges;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;
import org.scijava.util.ClassUtils;

/**
 * Runs every Neuron Models command generically, for the reliability tests:
 * finds the commands, starts a headless context with every service they
 * require, builds a short but valid baseline of inputs, and runs a command
 * with a time limit, telling a completed run, a clean refusal, an escaping
 * exception and a hang apart.
 */
public final class CommandHarness {

	/** Commands whose class is in this package are tested. */
	public static final String PACKAGE = "org.neuronmodels.command.";

	/** The longest simulated time (ms) of a baseline run. */
	static final double SHORT_DURATION = 50;

	/** The most neurons, points or trials of a baseline run. */
	static final int SMALL_COUNT = 20;

	private CommandHarness() {}

	/** How one run ended. */
	public static final class Outcome {

		/** The module (outputs readable when completed). */
		public Module module;
		/** The cancel reason, or null if the run completed. */
		public String reason;
		/** An exception that escaped the command, or null. */
		public Throwable exception;
		/** Whether the run was still going at the time limit (and was then cancelled). */
		public boolean timedOut;
		/** Whether the run ended after cancellation at the time limit. */
		public boolean stoppedAfterCancel;

		/** Whether the run completed normally. */
		public boolean completed() {
			return exception == null && !timedOut && reason == null;
		}

		@Override
		public String toString() {
			return exception != null ? "exception " + exception : timedOut ? "timed out (stopped after cancel: " +
				stoppedAfterCancel + ")" : reason != null ? "refused: " + reason : "completed";
		}
	}

	/** A headless context with the services every Neuron Models command requires. */
	public static Context context() {
		System.setProperty("java.awt.headless", "true");
		final Context probe = new Context(CommandService.class);
		final Set<Class<? extends Service>> services = new LinkedHashSet<>();
		services.add(CommandService.class);
		try {
			for (final CommandInfo info : commands(probe))
				services.addAll(requiredServices(info));
		}
		finally {
			probe.dispose();
		}
		return new Context(new ArrayList<>(services));
	}

	/** Every command of the project (class in {@value #PACKAGE}). */
	public static List<CommandInfo> commands(final Context context) {
		final List<CommandInfo> list = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class).getCommands())
			if (info.getClassName().startsWith(PACKAGE)) list.add(info);
		return list;
	}

	/** The user inputs of a command, as declared. */
	public static List<ModuleItem<?>> inputs(final CommandInfo info) {
		final List<ModuleItem<?>> list = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (InputRanges.isUserInput(item)) list.add(item);
		return list;
	}

	/**
	 * Inputs that keep a run short: duration at most {@value #SHORT_DURATION} ms
	 * (also when NaN, the preset's; time windows in ms — inputs named *start,
	 * *stop, *onset, *end, *delay — scaled with it) and counts of neurons,
	 * points, steps or trials at most {@value #SMALL_COUNT} (also when 0, often
	 * the preset's size). If the shortened inputs are not valid for the
	 * command, the defaults are kept.
	 */
	public static Map<String, Object> shortRun(final Context context, final CommandInfo info) {
		final Module module = create(context, info);
		final Map<String, Object> in = new LinkedHashMap<>();
		Double factor = null;
		for (final ModuleItem<?> item : inputs(info)) {
			if (!isDuration(item) || !(module.getInput(item.getName()) instanceof Double)) continue;
			final double d = (Double) module.getInput(item.getName());
			if (Double.isNaN(d)) in.put(item.getName(), SHORT_DURATION); // NaN: the preset's duration
			else if (d > SHORT_DURATION) {
				in.put(item.getName(), SHORT_DURATION);
				factor = SHORT_DURATION / d;
			}
		}
		for (final ModuleItem<?> item : inputs(info)) {
			final Object v = module.getInput(item.getName());
			if (factor != null && isTimeWindow(item) && v instanceof Double && (Double) v > 0) {
				in.put(item.getName(), (Double) v * factor);
			}
			// a count above the limit, or 0 (often "the preset's size"), becomes the limit
			if (isCount(item) && v instanceof Integer && ((Integer) v > SMALL_COUNT || (Integer) v == 0) && within(
				item, SMALL_COUNT)) in.put(item.getName(), SMALL_COUNT);
		}
		for (final ModuleItem<?> item : inputs(info)) {
			if (item.getType() == java.io.File.class && item.isRequired() && module.getInput(item.getName()) == null) {
				in.put(item.getName(), recording()); // a required file: a valid recording
			}
		}
		final Module check = create(context, info);
		in.forEach(check::setInput);
		if (check.getDelegateObject() instanceof NeuronModelsCommand && ((NeuronModelsCommand) check
			.getDelegateObject()).inputProblem() != null) return new LinkedHashMap<>();
		return in;
	}

	private static boolean within(final ModuleItem<?> item, final double value) {
		final Object min = item.getMinimumValue(), max = item.getMaximumValue();
		return !(min instanceof Number && value < ((Number) min).doubleValue()) && !(max instanceof Number &&
			value > ((Number) max).doubleValue());
	}

	private static java.io.File recording;

	/**
	 * A valid recording CSV (the LIF command's trace table of a 200 ms run with
	 * a 2.5 nA step from 20 to 180 ms), for commands that require a file.
	 */
	public static synchronized java.io.File recording() {
		if (recording != null) return recording;
		try {
			final org.neuronmodels.core.sim.SimulationResult r = org.neuronmodels.core.lif.LifSimulation.run(
				org.neuronmodels.core.lif.LifParameters.uniform(1, -70, -65, -50, 10, 8, 2),
				org.neuronmodels.core.model.Integrators.EXACT, 0.1, 200, org.neuronmodels.core.stimulus.Stimuli.step(
					2.5, 20, 180), org.neuronmodels.core.sim.ProgressMonitor.NONE);
			final java.nio.file.Path file = java.nio.file.Files.createTempFile("nm-recording", ".csv");
			file.toFile().deleteOnExit();
			org.neuronmodels.io.CsvFiles.save(org.neuronmodels.table.Tables.traces(r.traces(), 0, "nA"), file);
			recording = file.toFile();
			return recording;
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * The choice values that make a command read its file input {@code field}:
	 * a choice whose label names the field's subject (e.g. "Table" for
	 * {@code tableFile}, "Spike file" for {@code spikeFile}), else "Custom"
	 * (presets), so that the command reads that file and no other.
	 */
	public static Map<String, Object> fileCompanions(final CommandInfo info, final String field) {
		final List<String> words = new ArrayList<>();
		for (final String w : field.split("(?<=[a-z])(?=[A-Z])"))
			if (!w.equalsIgnoreCase("file") && !w.equalsIgnoreCase("csv")) words.add(w.toLowerCase(Locale.ROOT));
		final Map<String, Object> companions = new LinkedHashMap<>();
		for (final ModuleItem<?> other : inputs(info)) {
			if (other.getChoices() == null) continue;
			Object pick = null;
			for (final Object choice : other.getChoices()) {
				final String label = String.valueOf(choice).toLowerCase(Locale.ROOT);
				if (words.stream().anyMatch(w -> label.matches(".*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*"))) {
					pick = choice;
				}
				else if (label.equals("custom") && pick == null) pick = choice;
			}
			if (pick != null) companions.put(other.getName(), pick);
		}
		return companions;
	}

	/** The initial value of every user input of a fresh command instance (its declared default). */
	public static Map<String, Object> defaults(final Context context, final CommandInfo info) {
		final Module module = create(context, info);
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final ModuleItem<?> item : inputs(info))
			values.put(item.getName(), module.getInput(item.getName()));
		return values;
	}

	/** Runs the command with {@code inputs} (others at their defaults, never remembered values). */
	public static Outcome run(final Context context, final CommandInfo info, final Map<String, Object> inputs,
		final long timeoutMs)
	{
		final Outcome o = new Outcome();
		final ModuleService modules = context.service(ModuleService.class);
		final Module module = create(context, info);
		o.module = module;
		for (final ModuleItem<?> item : info.inputs())
			if (!inputs.containsKey(item.getName()) && !Service.class.isAssignableFrom(item.getType()) &&
				!Context.class.isAssignableFrom(item.getType())) module.resolveInput(item.getName());
		final Future<Module> future;
		try {
			future = modules.run(module, true, inputs);
		}
		catch (final RuntimeException exc) {
			o.exception = exc;
			return o;
		}
		try {
			future.get(timeoutMs, TimeUnit.MILLISECONDS);
		}
		catch (final TimeoutException exc) {
			o.timedOut = true;
			if (module.getDelegateObject() instanceof Cancelable) {
				((Cancelable) module.getDelegateObject()).cancel("test time limit");
			}
			try {
				future.get(5, TimeUnit.SECONDS);
				o.stoppedAfterCancel = true;
			}
			catch (final TimeoutException | InterruptedException | ExecutionException again) {
				future.cancel(true);
			}
			return o;
		}
		catch (final ExecutionException exc) {
			o.exception = exc.getCause() == null ? exc : exc.getCause();
			return o;
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
			o.exception = exc;
			return o;
		}
		o.reason = Commands.cancelReason(module);
		return o;
	}

	/** The names of the object outputs of a finished module that are still set. */
	public static List<String> presentOutputs(final Module module) {
		final List<String> present = new ArrayList<>();
		for (final ModuleItem<?> item : module.getInfo().outputs())
			if (!item.getType().isPrimitive() && module.getOutput(item.getName()) != null) present.add(item.getName());
		return present;
	}

	/** The names of the object outputs of a finished module that are missing. */
	public static List<String> missingOutputs(final Module module) {
		final List<String> missing = new ArrayList<>();
		for (final ModuleItem<?> item : module.getInfo().outputs())
			if (!item.getType().isPrimitive() && module.getOutput(item.getName()) == null) missing.add(item.getName());
		return missing;
	}

	/** Whether the input is a run duration (named "duration" or "*Duration"). */
	public static boolean isDuration(final ModuleItem<?> item) {
		return item.getName().equals("duration") || item.getName().endsWith("Duration");
	}

	/** Whether the input counts neurons, points, steps, repeats or trials (an integer sizing the run). */
	public static boolean isCount(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		if (t != int.class && t != Integer.class && t != long.class && t != Long.class) return false;
		final String n = item.getName().toLowerCase(Locale.ROOT);
		return n.equals("n") || n.matches(".*(neuron|count|size|point|steps|trial|repeat|number|population).*") &&
			!n.contains("every") && !n.contains("seed");
	}

	private static boolean isTimeWindow(final ModuleItem<?> item) {
		final String n = item.getName().toLowerCase(Locale.ROOT);
		return InputRanges.unitOf(item.getLabel()).trim().equals("ms") && n.matches(
			".*(start|stop|onset|end|delay).*");
	}

	private static Module create(final Context context, final CommandInfo info) {
		return context.service(ModuleService.class).createModule(info);
	}

	@SuppressWarnings("unchecked")
	private static Set<Class<? extends Service>> requiredServices(final CommandInfo info) {
		final Set<Class<? extends Service>> services = new LinkedHashSet<>();
		final Class<?> type;
		try {
			type = info.loadClass();
		}
		catch (final Exception exc) {
			return services;
		}
		for (final Field f : ClassUtils.getAnnotatedFields(type, Parameter.class)) {
			final Parameter p = f.getAnnotation(Parameter.class);
			if (Service.class.isAssignableFrom(f.getType()) && p.required() && p.type() != ItemIO.OUTPUT) {
				services.add((Class<? extends Service>) f.getType());
			}
		}
		return services;
	}
}

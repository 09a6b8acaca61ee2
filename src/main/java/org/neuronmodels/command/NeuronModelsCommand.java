package org.neuronmodels.command;

import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.cluster.ClusterException;
import org.neuronmodels.module.DataFolder;
import org.neuronmodels.module.DialogChecks;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.module.InputRanges;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModuleItem;
import org.scijava.command.ContextCommand;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.scijava.ui.DialogPrompt;
import org.scijava.ui.UIService;
import org.scijava.util.ClassUtils;

/**
 * Base of every Neuron Models command. A run first checks every input — the
 * ranges and choices its {@code @Parameter}s declare ({@link InputRanges}),
 * then the command's own cross-field checks ({@link #checkInputs()}, the same
 * core checks the simulation starts with) — and only then does the work
 * ({@link #execute()}). Bad input, numerical blow-up, cancellation and lack of
 * memory end the command cancelled with a one-line reason (also shown in a
 * dialog when a UI is visible), with every output cleared: never a stack
 * trace, never partial output.
 * <p>
 * In a dialog the same checks run as the inputs are typed: the first input,
 * a message line, carries SciJava's validation ({@link #inputProblem()}), so
 * the dialog marks it red with the reason and accepts only valid inputs. (A
 * plain {@link ContextCommand}, not a DynamicCommand, whose per-instance inputs
 * could carry their own validation: SciJava's typed {@code CommandService.run}
 * returns null for those, which would break every script that calls a
 * command.)
 * </p>
 */
public abstract class NeuronModelsCommand extends ContextCommand implements DialogChecks {

	/** The declared inputs of each command class (annotations only: no context needed). */
	private static final ClassValue<CommandInfo> INFOS = new ClassValue<CommandInfo>() {

		@Override
		protected CommandInfo computeValue(final Class<?> type) {
			@SuppressWarnings("unchecked")
			final Class<? extends Command> c = (Class<? extends Command>) type;
			return new CommandInfo(c, c.getAnnotation(Plugin.class));
		}
	};

	/** The dialog line whose validation reports the input problem (SciJava shows it red, with the reason). */
	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false, label = "",
		validater = "inputCheckMessage")
	private String inputCheck = "<html><small>Inputs are checked as you type: if this line turns red, the " +
		"run cannot start; point at it to see why.</small>";

	@Parameter(required = false)
	private StatusService status;

	/** What the numerical checks found doubtful about the result (one per line), or null: see core.check. */
	@Parameter(type = ItemIO.OUTPUT, label = "Warnings")
	private String warnings;

	@Parameter(required = false)
	private UIService ui;

	@Parameter(required = false)
	private TaskService taskService;

	/** The tasks this run shows in the task monitor; all are finished when it ends. */
	private final List<Task> tasks = new ArrayList<>();

	/** The input values of the last {@link #inputProblem()} call, and its answer. */
	private List<Object> checkedValues;
	private InvalidParameterException checkedProblem;

	/** Whether a dialog is about to show the inputs (see {@link #checkInputsInDialog()}). */
	private volatile boolean dialogChecks;

	/** Does the command's work; may throw the core's checked-input exceptions. */
	protected abstract void execute();

	/**
	 * The command's own checks of its inputs, without simulating: override to
	 * call the same core checks {@link #execute()} relies on (e.g. a
	 * simulation's {@code check} method), so that cross-field rules such as
	 * {@code stimStop > stimStart} or {@code dt ≤ tauM} are found before the run
	 * and in the dialog. Throws {@link InvalidParameterException}; none by
	 * default (the declared ranges are always checked).
	 */
	protected void checkInputs() {}

	/**
	 * The first problem with the current inputs (declared ranges and choices,
	 * then {@link #checkInputs()}), or null if there is none. Answers are
	 * cached while the inputs do not change.
	 */
	public final synchronized InvalidParameterException inputProblem() {
		final List<Object> values = new ArrayList<>();
		for (final CommandModuleItem<?> item : userInputs())
			values.add(valueOf(item));
		if (values.equals(checkedValues)) return checkedProblem;
		InvalidParameterException problem = null;
		try {
			checkDeclaredInputs();
			checkInputs();
		}
		catch (final InvalidParameterException e) {
			problem = e;
		}
		checkedValues = values;
		checkedProblem = problem;
		return problem;
	}

	/**
	 * Lets the dialog about to show this command's inputs check them as they are
	 * typed (called just before SciJava's input harvester). Before this, while
	 * macros and scripts set inputs one at a time, no cross-field rule fires
	 * half-way; the run checks everything when it starts.
	 */
	@Override
	public void checkInputsInDialog() {
		dialogChecks = true;
	}

	/** The validation of the dialog's check line: the current input problem's message, or null. */
	protected String inputCheckMessage() {
		if (!dialogChecks) return null;
		final InvalidParameterException problem = inputProblem();
		return problem == null ? null : problem.getMessage();
	}

	@Override
	public final void run() {
		try {
			checkDeclaredInputs();
			checkInputs();
			final File folder = OutputFolderInput.of(this);
			final NeuronModelsService files = folder == null ? null : getContext().service(NeuronModelsService.class);
			if (files != null) files.checkOutputFolder(folder);
			try (DataFolder.Scope data = folder == null ? null : DataFolder.beside(folder.toPath())) { // big data streams there
				warnings = null;
				execute();
				RunWarnings.mark(this, warnings);
				if (files != null && !isCanceled()) files.writeOutputs(folder, title(), inputValues(),
					OutputFolderInput.outputs(this));
			}
		}
		catch (final InvalidParameterException | NumericalInstabilityException | ClusterException e) {
			fail(e.getMessage());
		}
		catch (final SimulationCancelledException e) {
			clearOutputs();
			cancel(e.getMessage());
		}
		catch (final OutOfMemoryError e) {
			fail("Not enough memory for this run (" + e.getMessage() + "). Reduce the duration or the number of " +
				"neurons, decimate the recording, or start Fiji with more memory (Edit > Options > Memory).");
		}
		finally {
			for (final Task t : tasks)
				t.finish();
			tasks.clear();
		}
	}

	/**
	 * A progress monitor that reports to SciJava's status bar and task monitor,
	 * and stops the run when this command or its task is cancelled; headless, it
	 * also writes a progress line to stderr every 10 s of a long run ({@link
	 * org.neuronmodels.core.sim.ProgressLog}).
	 */
	protected ProgressMonitor progress() {
		final Task task = taskService == null ? null : taskService.createTask(title());
		if (task != null) {
			tasks.add(task);
			task.setProgressMaximum(1000);
			task.start();
		}
		final ProgressMonitor monitor = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {
				final int permille = (int) (1000 * done / Math.max(1, total));
				if (status != null) status.showProgress(permille, 1000);
				if (task != null) task.setProgressValue(permille);
			}

			@Override
			public void phase(final String name, final double unitsPerWork, final String unit) {
				if (status != null) status.showStatus(title() + ": " + name);
			}

			@Override
			public boolean isCancelled() {
				return NeuronModelsCommand.this.isCanceled() || (task != null && task.isCanceled()) || Thread
					.currentThread().isInterrupted();
			}
		};
		// headless: a line on stderr at most every 10 s of a long run (nothing for short ones)
		if (isUiVisible(ui) || getContext() == null) return monitor;
		final NeuronModelsService neuron = getContext().service(NeuronModelsService.class);
		return neuron == null ? monitor : neuron.progressLog(monitor);
	}

	/**
	 * Notes a doubt about the result (a numerical check's warning): it becomes
	 * the {@code warnings} output (printed by the launcher, in outputs.json) and
	 * a subtitle of every chart output.
	 */
	protected void warn(final String warning) {
		if (warning == null || warning.isEmpty()) return;
		warnings = warnings == null ? warning : warnings + "\n" + warning;
	}

	/** Whether {@code ui} shows a user interface (not headless, a UI visible), so windows and dialogs may open. */
	public static boolean isUiVisible(final UIService ui) {
		return DialogChecks.isUiVisible(ui);
	}

	private void fail(final String message) {
		clearOutputs();
		cancel(message);
		if (isUiVisible(ui)) ui.showDialog(message, title(), DialogPrompt.MessageType.ERROR_MESSAGE);
	}

	/** The command's title (its label). */
	private String title() {
		return INFOS.get(getClass()).getTitle();
	}

	/** The inputs a user sets (not services, the context or the check line), as declared. */
	private List<CommandModuleItem<?>> userInputs() {
		final List<CommandModuleItem<?>> list = new ArrayList<>();
		for (final ModuleItem<?> item : INFOS.get(getClass()).inputs())
			if (InputRanges.isUserInput(item) && item instanceof CommandModuleItem) {
				list.add((CommandModuleItem<?>) item);
			}
		return list;
	}

	/** Checks every user input against its declared range and choices. */
	private void checkDeclaredInputs() {
		for (final CommandModuleItem<?> item : userInputs())
			InputRanges.check(item, valueOf(item));
	}

	private Object valueOf(final CommandModuleItem<?> item) {
		final Field f = item.getField();
		try {
			f.setAccessible(true);
			return f.get(this);
		}
		catch (final IllegalAccessException | RuntimeException exc) {
			throw new IllegalStateException("cannot read input " + item.getName(), exc);
		}
	}

	/** The user inputs by name, as declared. */
	final Map<String, Object> inputValues() {
		final Map<String, Object> values = new LinkedHashMap<>();
		for (final CommandModuleItem<?> item : userInputs())
			values.put(item.getName(), valueOf(item));
		return values;
	}

	/** Sets every output field back to null (0 or false for primitives): a failed run leaves no output. */
	private void clearOutputs() {
		for (final Field f : ClassUtils.getAnnotatedFields(getClass(), Parameter.class)) {
			if (f.getAnnotation(Parameter.class).type() != ItemIO.OUTPUT) continue;
			final Class<?> t = f.getType();
			try {
				f.setAccessible(true);
				if (!t.isPrimitive()) f.set(this, null);
				else if (t == boolean.class) f.setBoolean(this, false);
				else if (t == char.class) f.setChar(this, '\0');
				else f.setByte(this, (byte) 0); // widens to any number type
			}
			catch (final IllegalAccessException | RuntimeException exc) {
				// NB: a final or inaccessible field keeps its value
			}
		}
	}
}

package org.neuronmodels.command;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.scijava.Context;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.DynamicCommand;
import org.scijava.command.DynamicCommandInfo;
import org.scijava.module.MethodCallException;
import org.scijava.module.ModuleItem;
import org.scijava.module.MutableModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;
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
 * trace, never partial output. In Fiji's dialog the same checks run as the
 * inputs are typed ({@link #inputProblem()}).
 * <p>
 * A {@link DynamicCommand}, so that each command instance can adapt its own
 * input labels ({@link #adjustLabels()}, e.g. the unit of a shared input) and
 * fill inputs still unset before they are shown ({@link #prepareInputs()}). The
 * inputs stay the annotated fields (their names are the macro keys).
 * </p>
 */
public abstract class NeuronModelsCommand extends DynamicCommand {

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private UIService ui;

	@Parameter(required = false)
	private TaskService taskService;

	private boolean itemsAdapted;

	/** The tasks this run shows in the task monitor; all are finished when it ends. */
	private final List<Task> tasks = new ArrayList<>();

	/** The input values of the last {@link #inputProblem()} call, and its answer. */
	private List<Object> checkedValues;
	private InvalidParameterException checkedProblem;

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
		for (final ModuleItem<?> item : InputRanges.userInputs(this))
			values.add(item.getValue(this));
		if (values.equals(checkedValues)) return checkedProblem;
		InvalidParameterException problem = null;
		try {
			InputRanges.checkAll(this);
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
	 * This instance's module info. On first use its input items get the fields'
	 * initial values as defaults (see {@link #keepFieldDefaults()}) and
	 * {@link #adjustLabels()} adapts their labels.
	 */
	@Override
	public DynamicCommandInfo getInfo() {
		final DynamicCommandInfo info = super.getInfo();
		if (!itemsAdapted) {
			itemsAdapted = true;
			keepFieldDefaults();
			adjustLabels();
		}
		return info;
	}

	/**
	 * Makes the values the input fields start with their items' defaults.
	 * DynamicCommandInfo copies the annotated items without their default value,
	 * and SciJava's DefaultValuePreprocessor would then replace an input left at
	 * 0 by its minimum (e.g. offset = 0 by -1000000).
	 */
	private void keepFieldDefaults() {
		for (final ModuleItem<?> item : getInfo().inputs()) {
			final Class<?> type = item.getType();
			if (!(item instanceof MutableModuleItem) || Service.class.isAssignableFrom(type) || Context.class
				.isAssignableFrom(type)) continue;
			@SuppressWarnings("unchecked")
			final MutableModuleItem<Object> mutable = (MutableModuleItem<Object>) item;
			mutable.setDefaultValue(getInput(item.getName()));
		}
	}

	/** Adapts this instance's input labels and descriptions with {@link #relabel}; nothing by default. */
	protected void adjustLabels() {}

	/**
	 * Runs the module initializers, then {@link #prepareInputs()}. SciJava calls
	 * this after the inputs given by a macro or script are set and before the
	 * dialog (or persisted values) fill the others.
	 */
	@Override
	public void initialize() throws MethodCallException {
		super.initialize();
		prepareInputs();
	}

	/** Fills this instance's inputs that are still unset before they are shown or harvested; nothing by default. */
	protected void prepareInputs() {}

	/** Sets the dialog label and description of this instance's input {@code name}. */
	protected void relabel(final String name, final String label, final String description) {
		final ModuleItem<?> item = getInfo().getInput(name);
		if (!(item instanceof MutableModuleItem)) return;
		((MutableModuleItem<?>) item).setLabel(label);
		((MutableModuleItem<?>) item).setDescription(description);
	}

	@Override
	public final void run() {
		try {
			InputRanges.checkAll(this);
			checkInputs();
			execute();
		}
		catch (final InvalidParameterException | NumericalInstabilityException e) {
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
	 * and stops the run when this command or its task is cancelled.
	 */
	protected ProgressMonitor progress() {
		final Task task = taskService == null ? null : taskService.createTask(getInfo().getTitle());
		if (task != null) {
			tasks.add(task);
			task.setProgressMaximum(1000);
			task.start();
		}
		return new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {
				final int permille = (int) (1000 * done / Math.max(1, total));
				if (status != null) status.showProgress(permille, 1000);
				if (task != null) task.setProgressValue(permille);
			}

			@Override
			public boolean isCancelled() {
				return NeuronModelsCommand.this.isCanceled() || (task != null && task.isCanceled()) || Thread
					.currentThread().isInterrupted();
			}
		};
	}

	/** Whether {@code ui} shows a user interface (not headless, a UI visible), so windows and dialogs may open. */
	public static boolean isUiVisible(final UIService ui) {
		try {
			return ui != null && !ui.isHeadless() && ui.getDefaultUI() != null && ui.isVisible();
		}
		catch (final RuntimeException exc) {
			return false;
		}
	}

	private void fail(final String message) {
		clearOutputs();
		cancel(message);
		if (isUiVisible(ui)) ui.showDialog(message, getInfo().getTitle(), DialogPrompt.MessageType.ERROR_MESSAGE);
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

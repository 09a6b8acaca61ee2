package org.neuronmodels.module;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.event.EventSubscriber;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleRunner;
import org.scijava.module.ModuleService;
import org.scijava.module.event.ModuleCanceledEvent;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.scijava.plugin.SciJavaPlugin;
import org.scijava.ui.UIService;

/**
 * Runs a module synchronously on the calling thread through SciJava's
 * {@link ModuleRunner}, so that preprocessors fill services, defaults and
 * initializers as usual, but without input persistence: no preprocessor loads
 * values remembered from earlier runs and none saves values for later ones, so
 * a run depends on the inputs it was given alone. Neither are UI
 * preprocessors (input harvesters, file choosers) or display postprocessors
 * used. ({@code ModuleService.run} would run the module on a thread pool and
 * {@code ModuleService.waitFor} only logs an exception and returns null.)
 * <p>
 * Used by the headless launcher (one command or script), by the Parameter
 * Sweep (one command run per grid point, in parallel) and by the tests.
 * </p>
 */
public final class ModuleRuns {

	/** Processors that must not run (matched by simple class name). */
	private static final List<String> EXCLUDED = Arrays.asList(
		"LoadInputsPreprocessor", "SaveInputsPreprocessor", "FilePreprocessor",
		"FileListPreprocessor", "DisplayPostprocessor", "DisplayOutputsPostprocessor", "InputCheckPreprocessor");

	private final Context context;
	private final boolean quiet;

	/** Runs modules in {@code context}. */
	public ModuleRuns(final Context context) {
		this(context, false);
	}

	private ModuleRuns(final Context context, final boolean quiet) {
		this.context = context;
		this.quiet = quiet;
	}

	/**
	 * The same runner for runs inside a larger job (a sweep): optional
	 * {@link StatusService} and {@link UIService} inputs are left empty, so that
	 * the inner runs neither move the progress bar nor open error dialogs.
	 */
	public ModuleRuns quiet() {
		return new ModuleRuns(context, true);
	}

	/**
	 * Runs the module. Returns null if it completed, else the reason it was
	 * cancelled (by a preprocessor or by itself; "" if it gave none).
	 * Exceptions thrown by the module propagate, unwrapped and not logged.
	 */
	public String run(final Module module) {
		final PluginService plugins = context.service(PluginService.class);
		final List<PreprocessorPlugin> pre = instances(plugins,
			PreprocessorPlugin.class);
		pre.add(0, new Defaults(context.service(ModuleService.class)));
		if (quiet) pre.add(new Silencer());
		final List<PostprocessorPlugin> post = instances(plugins,
			PostprocessorPlugin.class);
		final ErrorSilencer silencer = new ErrorSilencer(module);
		final EventService events = context.getService(EventService.class);
		final List<EventSubscriber<?>> subscribers = events == null ? null : events
			.subscribe(silencer);
		try {
			new ModuleRunner(context, module, pre, post).run();
		}
		finally {
			if (subscribers != null) events.unsubscribe(subscribers);
		}
		if (module instanceof Cancelable && ((Cancelable) module).isCanceled()) {
			final String reason = ((Cancelable) module).getCancelReason();
			return reason == null ? "" : reason;
		}
		// NB: a module that is not Cancelable (a script) is cancelled only by its event
		return silencer.cancelReason;
	}

	// -- Helper methods --

	private static <P extends SciJavaPlugin> List<P> instances(
		final PluginService plugins, final Class<P> type)
	{
		final List<P> list = new ArrayList<>();
		for (final PluginInfo<P> info : plugins.getPluginsOfType(type)) {
			final String cls = info.getClassName();
			if (EXCLUDED.contains(cls.substring(cls.lastIndexOf('.') + 1))) continue;
			if (isInputHarvester(info)) continue;
			final P instance = plugins.createInstance(info);
			if (instance != null) list.add(instance);
		}
		return list;
	}

	private static boolean isInputHarvester(final PluginInfo<?> info) {
		try {
			return org.scijava.widget.InputHarvester.class.isAssignableFrom(info
				.loadClass());
		}
		catch (final Exception | LinkageError exc) {
			return true; // cannot even load it: leave it out
		}
	}

	/**
	 * Gives every unset input its declared default. (SciJava's
	 * DefaultValuePreprocessor skips inputs of primitive type whose value is
	 * null, as a script's are before a run; in Fiji the persisted values or the
	 * dialog fill them, which a run without persistence and UI does not have.)
	 */
	private static final class Defaults extends AbstractPreprocessorPlugin {

		private final ModuleService modules;

		Defaults(final ModuleService modules) {
			this.modules = modules;
		}

		@Override
		public void process(final Module module) {
			for (final ModuleItem<?> item : module.getInfo().inputs())
				fill(module, item);
		}

		private <T> void fill(final Module module, final ModuleItem<T> item) {
			if (module.isInputResolved(item.getName()) || item.getValue(module) != null) return;
			final T value = modules.getDefaultValue(item);
			if (value != null) item.setValue(module, value);
		}
	}

	/** Empties optional status and UI inputs (runs after the service preprocessor). */
	private static final class Silencer extends AbstractPreprocessorPlugin {

		@Override
		public void process(final Module module) {
			for (final ModuleItem<?> item : module.getInfo().inputs()) {
				final Class<?> type = item.getType();
				if (item.isRequired()) continue;
				if (type == StatusService.class || type == UIService.class) {
					module.setInput(item.getName(), null);
					module.resolveInput(item.getName());
				}
			}
		}
	}

	/**
	 * Marks module errors as handled, so that {@link ModuleRunner} does not log
	 * a stack trace (the caller reports the error itself), and notes why the
	 * module was cancelled.
	 */
	public static final class ErrorSilencer {

		private final Module module;
		private volatile String cancelReason;

		ErrorSilencer(final Module module) {
			this.module = module;
		}

		/** Consumes the event (the caller reports the error). */
		@EventHandler
		public void onEvent(final ModuleErroredEvent event) {
			if (event.getModule() == module) event.consume();
		}

		/** Notes the reason this module was cancelled. */
		@EventHandler
		public void onEvent(final ModuleCanceledEvent event) {
			if (event.getModule() != module) return;
			final String reason = event.getReason();
			cancelReason = reason == null ? "" : reason;
		}
	}
}

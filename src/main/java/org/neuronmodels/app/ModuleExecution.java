package org.neuronmodels.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.InvalidParameterException;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.event.EventHandler;
import org.scijava.event.EventSubscriber;
import org.scijava.event.EventService;
import org.scijava.module.Module;
import org.scijava.module.ModuleRunner;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.scijava.plugin.SciJavaPlugin;

/**
 * Runs a module synchronously on the calling thread through SciJava's
 * {@link ModuleRunner} (so preprocessors fill services, defaults and
 * initializers as usual) and turns every way a module can fail into a
 * {@link LauncherException}: a thrown exception (which {@code ModuleRunner}
 * rethrows after publishing it), a cancellation by a preprocessor or by the
 * module itself (with its reason), or a module that could not be created.
 * ({@code ModuleService.run} would run it on a thread pool, and
 * {@code ModuleService.waitFor} only logs an exception and returns null;
 * {@code ModuleRunner} also logs it unless the {@code ModuleErroredEvent} is
 * consumed, which {@link ErrorSilencer} does so that stderr keeps one line.)
 * <p>
 * Input persistence is left out on purpose: no preprocessor loads values
 * remembered from earlier runs and none saves values for later ones, so a
 * run depends on its command line alone. Neither are UI preprocessors
 * (input harvesters, file choosers, the dialog input checks) or display
 * postprocessors (SciJava's, and the Fiji windows of
 * {@code org.neuronmodels.ui}) used.
 * </p>
 */
final class ModuleExecution {

	/** Processors that must not run in the launcher (matched by simple class name). */
	private static final List<String> EXCLUDED = Arrays.asList(
		"LoadInputsPreprocessor", "SaveInputsPreprocessor", "FilePreprocessor",
		"FileListPreprocessor", "DisplayPostprocessor",
		"DisplayOutputsPostprocessor", "InputCheckPreprocessor");

	private final Context context;

	ModuleExecution(final Context context) {
		this.context = context;
	}

	/** Runs the module; returns normally only if it completed without error or cancellation. */
	void run(final Module module) throws LauncherException {
		final PluginService plugins = context.service(PluginService.class);
		final List<PreprocessorPlugin> pre = instances(plugins,
			PreprocessorPlugin.class);
		final List<PostprocessorPlugin> post = instances(plugins,
			PostprocessorPlugin.class);
		final ErrorSilencer silencer = new ErrorSilencer();
		final EventService events = context.getService(EventService.class);
		final List<EventSubscriber<?>> subscribers = events == null ? null : events
			.subscribe(silencer);
		try {
			new ModuleRunner(context, module, pre, post).run();
		}
		catch (final Throwable t) {
			throw failure(t);
		}
		finally {
			if (subscribers != null) events.unsubscribe(subscribers);
		}
		if (module instanceof Cancelable && ((Cancelable) module).isCanceled()) {
			final String reason = ((Cancelable) module).getCancelReason();
			throw new LauncherException(LauncherException.INVALID_INPUT,
				reason == null || reason.trim().isEmpty() ? "the command was canceled"
					: oneLine(reason));
		}
	}

	/** Maps an exception thrown by a module to a launcher failure with a one-line message. */
	static LauncherException failure(final Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (c instanceof InvalidParameterException) {
				return new LauncherException(LauncherException.INVALID_INPUT, oneLine(c
					.getMessage()), t);
			}
			if (c.getCause() == c) break;
		}
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		final String message = root.getMessage();
		final boolean ours = root.getClass().getName().startsWith(
			"org.neuronmodels.");
		String text = message == null || message.trim().isEmpty() ? root
			.getClass().getName() : ours ? message : root.getClass()
				.getSimpleName() + ": " + message;
		if (root instanceof OutOfMemoryError) {
			text += " (give Java more memory, e.g. NEURON_MODELS_JAVA_OPTS=-Xmx8g)";
		}
		return new LauncherException(LauncherException.FAILURE, oneLine(text), t);
	}

	/** Collapses line breaks so that a message fits on one line. */
	static String oneLine(final String message) {
		return message == null ? "" : message.trim().replaceAll("\\s*[\\r\\n]+\\s*",
			"; ");
	}

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
	 * Marks module errors as handled, so that {@link ModuleRunner} does not log
	 * a stack trace: the launcher reports the error itself, on one line.
	 */
	public static final class ErrorSilencer {

		/** Consumes the event (the launcher reports the error). */
		@EventHandler
		public void onEvent(final ModuleErroredEvent event) {
			event.consume();
		}
	}
}

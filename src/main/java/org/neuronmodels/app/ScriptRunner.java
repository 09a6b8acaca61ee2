package org.neuronmodels.app;

import java.io.File;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.script.ScriptException;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.module.KeyValueInputs;
import org.neuronmodels.module.ModuleRuns;
import org.scijava.Context;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptLanguage;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/**
 * Runs a script file with {@code #@} parameters through SciJava's
 * {@link ScriptService}, synchronously and without persisted inputs (see
 * {@link ModuleRuns}), its inputs given as {@code key=value,...}. A script
 * that throws fails here too, with a {@link ScriptFailedException}, instead of
 * leaving its outputs at null or 0 as SciJava does. The context needs the
 * script's language (see {@link ScriptLanguages}).
 */
public final class ScriptRunner {

	private final Context context;

	/** Runs scripts in {@code context}. */
	public ScriptRunner(final Context context) {
		this.context = context;
	}

	/** A script that threw, or that was cancelled; the cause is what the script threw. */
	public static final class ScriptFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ScriptFailedException(final String message, final Throwable cause) {
			super(message, cause);
		}
	}

	/** Whether {@code path} names an existing file (the launcher then runs it as a script). */
	public static boolean isScript(final String path) {
		return path != null && new File(path).isFile();
	}

	/**
	 * Runs {@code file} with {@code arguments}; the script's output goes to
	 * {@code output} and its error output to {@code errors} (null: the engine's
	 * default, and discarded). Returns the finished module.
	 */
	public ScriptModule run(final File file, final String arguments, final Writer output, final Writer errors) {
		final ScriptInfo info = context.service(ScriptService.class).getScript(file);
		final ScriptLanguage language = info.getLanguage();
		if (language == null) {
			throw new InvalidParameterException("script", "no script language for " + file.getName() +
				" (available: " + context.service(ScriptService.class).getLanguages().stream().map(
					l -> l.getLanguageName() + " " + l.getExtensions()).reduce((a, b) -> a + ", " + b).orElse("none") + ")");
		}
		final ScriptModule module = (ScriptModule) context.service(ModuleService.class).createModule(info);
		if (output != null) module.setOutputWriter(output);
		module.setErrorWriter(errors == null ? Writer.nullWriter() : errors);
		new KeyValueInputs(context.service(ConvertService.class)).assign(module,
			arguments);
		final String reason = new ModuleRuns(context).run(module);
		final Throwable failure = module.getEngine() instanceof FailureRecordingEngine ? ((FailureRecordingEngine) module
			.getEngine()).failure() : null;
		if (failure != null) throw failed(file, failure);
		if (reason != null) {
			throw new ScriptFailedException(file.getName() + " was cancelled" + (reason.trim().isEmpty() ? "" : ": " +
				reason.trim()), null);
		}
		return module;
	}

	/** The outputs of a finished script, by name (the implicit "result" only if it is not null). */
	public static Map<String, Object> outputs(final ScriptModule module) {
		final Map<String, Object> outputs = new LinkedHashMap<>();
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			final Object value = module.getOutput(item.getName());
			if (ScriptModule.RETURN_VALUE.equals(item.getName()) && value == null) continue;
			outputs.put(item.getName(), value);
		}
		return outputs;
	}

	/** The failure as an exception: bad input stays an InvalidParameterException, the rest names the script. */
	private static RuntimeException failed(final File file, final Throwable failure) {
		for (Throwable c = failure; c != null; c = c.getCause()) {
			if (c instanceof InvalidParameterException) return (InvalidParameterException) c;
			if (c.getCause() == c) break;
		}
		Throwable root = failure;
		while (root instanceof ScriptException && root.getCause() != null) root = root.getCause();
		final String where = failure instanceof ScriptException && ((ScriptException) failure).getLineNumber() > 0
			? " (line " + ((ScriptException) failure).getLineNumber() + ")" : "";
		final String message = root.getMessage() == null ? root.getClass().getName() : root.getClass().getName()
			.startsWith("org.neuronmodels.") ? root.getMessage() : root.getClass().getSimpleName() + ": " + root
				.getMessage();
		return new ScriptFailedException(file.getName() + " failed" + where + ": " + message, failure);
	}
}

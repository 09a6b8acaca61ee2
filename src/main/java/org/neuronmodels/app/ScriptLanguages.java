package org.neuronmodels.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.scijava.Context;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;
import org.scijava.service.Service;

/**
 * Groovy, JavaScript (Nashorn) and Python (Jython) for the headless launcher
 * and the tests: SciJava only knows script languages that are plugins, so each
 * JSR-223 engine on the class path is adapted here and registered
 * programmatically. These classes carry no {@code @Plugin} annotation on
 * purpose: inside Fiji, which has its own script languages, the plugin jar
 * registers none.
 */
public final class ScriptLanguages {

	private ScriptLanguages() {}

	/** Adapts a JSR-223 engine; every engine it makes remembers a script's failure. */
	abstract static class Adapted extends AdaptedScriptLanguage {

		Adapted(final String engineName) {
			super(engineName);
		}

		@Override
		public ScriptEngine getScriptEngine() {
			return new FailureRecordingEngine(super.getScriptEngine());
		}
	}

	/** Groovy (groovy-jsr223). */
	public static final class Groovy extends Adapted {

		/** Adapts the "groovy" engine. */
		public Groovy() {
			super("groovy");
		}
	}

	/** JavaScript (Nashorn, Java 15+). */
	public static final class JavaScript extends Adapted {

		/** Adapts the "nashorn" engine. */
		public JavaScript() {
			super("nashorn");
		}
	}

	/** Python 2.7 (Jython). */
	public static final class Python extends Adapted {

		/** Adapts the "jython" engine. */
		public Python() {
			super("jython");
		}

		@Override
		public Object decode(final Object object) {
			return JythonValues.toJava(object);
		}
	}

	/** The languages whose engines are on the class path, as plugin infos (name, extension). */
	public static List<PluginInfo<ScriptLanguage>> available() {
		final List<String> engines = new ArrayList<>();
		for (final ScriptEngineFactory f : new ScriptEngineManager(Context.getClassLoader()).getEngineFactories()) {
			engines.addAll(f.getNames());
		}
		final List<PluginInfo<ScriptLanguage>> list = new ArrayList<>();
		if (engines.contains("groovy")) list.add(info(Groovy.class, "Groovy"));
		if (engines.contains("nashorn")) list.add(info(JavaScript.class, "JavaScript"));
		if (engines.contains("jython")) {
			quietJython();
			list.add(info(Python.class, "Python"));
		}
		return list;
	}

	/** A context with the given services and every plugin on the class path plus the available languages. */
	@SafeVarargs
	public static Context context(final Class<? extends Service>... services) {
		return new Context(Arrays.asList(services), index());
	}

	/** Every plugin on the class path plus the available languages. */
	public static PluginIndex index() {
		final List<PluginInfo<?>> found = new ArrayList<>();
		final Map<String, Throwable> problems = new DefaultPluginFinder().findPlugins(found);
		found.addAll(available());
		return new PluginIndex(plugins -> {
			plugins.addAll(found);
			return problems;
		});
	}

	private static PluginInfo<ScriptLanguage> info(final Class<? extends ScriptLanguage> type, final String name) {
		final PluginInfo<ScriptLanguage> info = new PluginInfo<>(type, ScriptLanguage.class);
		info.setName(name);
		info.setLabel(name);
		return info;
	}

	/** Jython without a site import, cache directory or console noise. */
	private static void quietJython() {
		setIfAbsent("python.import.site", "false");
		setIfAbsent("python.cachedir.skip", "true");
		setIfAbsent("python.console.encoding", "UTF-8");
		setIfAbsent("python.verbose", "warning");
	}

	private static void setIfAbsent(final String key, final String value) {
		if (System.getProperty(key) == null) System.setProperty(key, value);
	}
}

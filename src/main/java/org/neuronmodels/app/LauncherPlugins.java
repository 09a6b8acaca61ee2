package org.neuronmodels.app;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scijava.command.Command;
import org.scijava.convert.ConvertService;
import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.scijava.service.Service;
import org.scijava.util.ClassUtils;

/** The launcher's plugins: found once on the class path, the commands among them, and the services a command needs. */
final class LauncherPlugins {

	/** Services every run needs (their dependencies start with them). */
	private static final List<Class<? extends Service>> BASE_SERVICES = Arrays
		.asList(PluginService.class, EventService.class, LogService.class,
			ModuleService.class, ConvertService.class, ParseService.class);

	private LauncherPlugins() {}

	/** Finds every plugin on the class path (once per run: the Context reuses them). */
	static List<PluginInfo<?>> discover(
		final Map<String, Throwable> problems)
	{
		final List<PluginInfo<?>> found = new ArrayList<>();
		problems.putAll(new DefaultPluginFinder().findPlugins(found));
		return found;
	}

	/** An index that (re)discovers the given plugins instead of scanning the class path again. */
	static PluginIndex indexOf(final List<PluginInfo<?>> found,
		final Map<String, Throwable> problems)
	{
		return new PluginIndex(plugins -> {
			plugins.addAll(found);
			return problems;
		});
	}

	/** The commands among the discovered plugins. */
	@SuppressWarnings("unchecked")
	static List<PluginInfo<Command>> commands(
		final List<PluginInfo<?>> plugins)
	{
		final List<PluginInfo<Command>> commands = new ArrayList<>();
		for (final PluginInfo<?> info : plugins) {
			if (info.getPluginType() == Command.class) {
				commands.add((PluginInfo<Command>) info);
			}
		}
		return commands;
	}

	/** The base services plus every service the command requires as a parameter. */
	static List<Class<? extends Service>> servicesFor(
		final PluginInfo<Command> command) throws LauncherException
	{
		final Set<Class<? extends Service>> services = new LinkedHashSet<>(
			BASE_SERVICES);
		final Class<?> type;
		try {
			type = command.loadClass();
		}
		catch (final Exception | LinkageError exc) {
			throw new LauncherException(LauncherException.FAILURE,
				"cannot load the command " + command.getClassName() + ": " + exc, exc);
		}
		for (final Field f : ClassUtils.getAnnotatedFields(type, Parameter.class)) {
			if (!Service.class.isAssignableFrom(f.getType())) continue;
			if (!f.getAnnotation(Parameter.class).required()) continue;
			@SuppressWarnings("unchecked")
			final Class<? extends Service> s = (Class<? extends Service>) f.getType();
			services.add(s);
		}
		return new ArrayList<>(services);
	}
}

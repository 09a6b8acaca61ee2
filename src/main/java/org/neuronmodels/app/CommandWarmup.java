package org.neuronmodels.app;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.scijava.InstantiableException;
import org.scijava.plugin.PluginInfo;

/**
 * Lets a command prepare for its run while SciJava starts: a command class
 * with a {@code public static void warmUp(String arguments)} method gets the
 * launcher's argument string on a background daemon thread at start-up (the
 * Spiking Network command warms the JIT up for the network it will run).
 * Never affects results: every failure is ignored.
 */
final class CommandWarmup {

	private CommandWarmup() {}

	/** Calls the command's {@code warmUp(arguments)} on a daemon thread if it declares one. */
	static void start(final PluginInfo<?> command, final String arguments) {
		final Method m;
		try {
			m = command.loadClass().getMethod("warmUp", String.class);
		}
		catch (final ReflectiveOperationException | InstantiableException | RuntimeException | LinkageError exc) {
			return;
		}
		if (!Modifier.isStatic(m.getModifiers())) return;
		final Thread t = new Thread(() -> {
			try {
				m.invoke(null, arguments);
			}
			catch (final ReflectiveOperationException | RuntimeException | LinkageError exc) {
				// a warm-up only: the run reports its own problems
			}
		}, "neuron-models-command-warmup");
		t.setDaemon(true);
		t.start();
	}
}

package org.neuronmodels.command;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.command.ContextCommand;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.prefs.PrefService;

/**
 * Forgets the input values every Neuron Models command remembered from
 * earlier runs (SciJava stores each run's settings as the next defaults), so
 * every dialog opens with the documented defaults again.
 */
@Plugin(type = Command.class, label = "Reset Neuron Models Defaults",
	menuPath = "Plugins>Neuron Models>Reset Neuron Models Defaults")
public class ResetDefaultsCommand extends ContextCommand {

	/** Commands whose class is in this package tree are reset. */
	static final String PACKAGE = "org.neuronmodels.";

	@Parameter
	private CommandService commands;

	@Parameter
	private PrefService prefs;

	@Parameter(type = ItemIO.OUTPUT, label = "Stored values removed")
	int removed;

	@Override
	public void run() {
		removed = 0;
		for (final CommandInfo info : commands.getCommands()) {
			if (!info.getClassName().startsWith(PACKAGE)) continue;
			final Class<?> type;
			try {
				type = info.loadDelegateClass();
			}
			catch (final ClassNotFoundException | RuntimeException | LinkageError exc) {
				continue; // a command that cannot load has nothing to reset
			}
			for (final ModuleItem<?> item : info.inputs())
				if (item.isPersisted() && forget(type, item)) removed++;
		}
	}

	/** Removes the stored value of one input (where SciJava's ModuleService keeps it); true if there was one. */
	private boolean forget(final Class<?> type, final ModuleItem<?> item) {
		final String persistKey = item.getPersistKey();
		final boolean ownKey = persistKey != null && !persistKey.isEmpty();
		final Class<?> prefClass = ownKey ? null : type;
		final String key = ownKey ? persistKey : item.getName();
		final boolean stored = prefs.get(prefClass, key) != null;
		if (stored) prefs.remove(prefClass, key);
		return stored;
	}
}

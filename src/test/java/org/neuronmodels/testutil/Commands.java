package org.neuronmodels.testutil;

import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.service.Service;

/**
 * Runs commands through a real SciJava context, as Fiji does, but with every
 * input not given explicitly left at the command's own default (never a value
 * persisted by an earlier run).
 */
public final class Commands {

	private Commands() {}

	/** Runs {@code command} with {@code inputs} (field name → value) and returns the finished module. */
	public static Module run(final Context context, final Class<? extends Command> command,
		final Map<String, Object> inputs)
	{
		final CommandInfo info = context.service(CommandService.class).getCommand(command);
		final ModuleService modules = context.service(ModuleService.class);
		final Module module = modules.createModule(info);
		for (final ModuleItem<?> item : info.inputs()) {
			if (!inputs.containsKey(item.getName()) && !Service.class.isAssignableFrom(item.getType()) &&
				!Context.class.isAssignableFrom(item.getType()))
			{
				module.resolveInput(item.getName());
			}
		}
		try {
			return modules.run(module, true, inputs).get();
		}
		catch (InterruptedException | ExecutionException e) {
			throw new AssertionError(e);
		}
	}

	/** The cancel reason of a finished command module, or null if it completed. */
	public static String cancelReason(final Module module) {
		final Object delegate = module.getDelegateObject();
		if (delegate instanceof org.scijava.Cancelable && ((org.scijava.Cancelable) delegate).isCanceled()) {
			final String r = ((org.scijava.Cancelable) delegate).getCancelReason();
			return r == null ? "cancelled" : r;
		}
		return null;
	}
}

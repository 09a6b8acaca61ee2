package org.neuronmodels.app;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.neuronmodels.cluster.PartComputer;
import org.neuronmodels.cluster.ShardTask;
import org.neuronmodels.cluster.SweepSpec;
import org.neuronmodels.command.FiCurveCommand;
import org.neuronmodels.command.FiCurveShards;
import org.neuronmodels.command.ParameterSweepCommand;
import org.neuronmodels.commandsweep.SweepShards;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.service.Service;

/**
 * The launcher's shard mode ({@code --spec spec.json --shard i/N}), what each
 * SLURM array task runs: starts the services the sweep needs and computes one
 * shard ({@link ShardTask}); also gives a SLURM sweep its default work
 * directory beside {@code --out}.
 */
final class ShardLaunch {

	private ShardLaunch() {}

	/** Computes the shard; returns the task's exit status. */
	static int run(final LauncherOptions options, final CommandFinder finder, final PluginIndex index)
		throws LauncherException
	{
		final Context[] context = new Context[1];
		try {
			return ShardTask.run(options.spec, options.shard, spec -> computer(spec, finder, index, context), System
				.getenv());
		}
		finally {
			if (context[0] != null) context[0].dispose();
		}
	}

	/** With executor = SLURM and no workDirectory, a run with {@code --out DIR} works in {@code DIR-slurm} beside it. */
	static void defaultWorkDirectory(final Module module, final Path out) {
		if (out == null || module.getInfo().getInput("workDirectory") == null) return;
		final Object dir = module.getInput("workDirectory");
		if ("SLURM".equals(module.getInput("executor")) && (dir == null || dir.toString().trim().isEmpty())) {
			final Path abs = out.toAbsolutePath().normalize();
			module.setInput("workDirectory", abs.resolveSibling(abs.getFileName() + "-slurm").toString());
		}
	}

	private static PartComputer computer(final SweepSpec spec, final CommandFinder finder, final PluginIndex index,
		final Context[] context)
	{
		final Set<Class<? extends Service>> services = new LinkedHashSet<>();
		services.add(CommandService.class);
		try {
			if (SweepShards.KIND.equals(spec.kind())) {
				services.addAll(NeuronModelsLauncher.servicesFor(finder.find(ParameterSweepCommand.class.getName())));
				final PluginInfo<Command> swept = finder.find(spec.inputs().get("command"));
				services.addAll(NeuronModelsLauncher.servicesFor(swept));
			}
			else services.addAll(NeuronModelsLauncher.servicesFor(finder.find(FiCurveCommand.class.getName())));
		}
		catch (final LauncherException exc) {
			throw new IllegalArgumentException(exc.getMessage(), exc);
		}
		context[0] = new Context(new java.util.ArrayList<>(services), index);
		if (SweepShards.KIND.equals(spec.kind())) return SweepShards.computer(context[0], spec.inputs());
		if (FiCurveShards.KIND.equals(spec.kind())) return FiCurveShards.computer(context[0], spec.inputs());
		throw new IllegalArgumentException("unknown kind of sweep \"" + spec.kind() + "\" in " + spec.label());
	}
}

package org.neuronmodels.commandsweep;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuronmodels.cluster.PartComputer;
import org.neuronmodels.cluster.ShardKind;
import org.neuronmodels.cluster.ShardPart;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.scijava.Context;
import org.scijava.InstantiableException;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleService;
import org.scijava.parse.ParseService;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;
import org.scijava.util.ClassUtils;

/**
 * A Parameter Sweep cut into shards: what one shard computes (the points of its
 * part of the grid, every scalar output, the traces of the traced points it holds)
 * and the merge of all parts into the result of the whole grid — the same numbers,
 * bit for bit, as a run on this machine, since every point is computed alone.
 */
public final class SweepShards implements ShardKind {

	/** The kind of sweep in a spec file. */
	public static final String KIND = "sweep";

	private static final String SEP = "\u001f";

	/** The kind (found by {@link java.util.ServiceLoader}). */
	public SweepShards() {}

	@Override
	public String kind() {
		return KIND;
	}

	/** A computer in its own SciJava context with the services the swept command needs (disposed on close). */
	@Override
	public PartComputer computer(final Map<String, String> inputs) {
		final Context context = contextFor(inputs.get("command"));
		try {
			final PartComputer computer = computer(context, inputs);
			return new PartComputer() {

				@Override
				public void compute(final int from, final int to, final int threads, final ShardPart part,
					final ProgressMonitor monitor)
				{
					computer.compute(from, to, threads, part, monitor);
				}

				@Override
				public void close() {
					context.dispose();
				}
			};
		}
		catch (final RuntimeException | Error e) {
			context.dispose();
			throw e;
		}
	}

	/** The computer of a shard of the sweep whose spec inputs are {@code inputs} (checks them first). */
	static PartComputer computer(final Context context, final Map<String, String> inputs) {
		final CommandSweep sweep = new CommandSweep(context, SweepRequest.fromSpecInputs(context, inputs));
		final CommandSweep.Prepared prepared = sweep.prepare();
		return (from, to, threads, part, monitor) -> {
			final SweepGrid grid = prepared.grid.part(from, to);
			final SweepResult r = sweep.compute(prepared, grid, threads, monitor);
			part.text("names", String.join(SEP, r.names())).text("units", String.join(SEP, r.units())).text("method", r
				.method());
			final String[] names = r.names();
			for (int c = 0; c < names.length; c++)
				part.array("column." + c, r.values(names[c]));
			final int[] local = r.tracePoints();
			for (int k = 0; k < local.length; k++) {
				part.array("traceTime." + (from + local[k]), r.traceTime(k));
				part.array("traceVoltage." + (from + local[k]), r.traceVoltage(k));
			}
		};
	}

	/** A context with the module services and those the command {@code name} requires. */
	private static Context contextFor(final String name) {
		final Set<Class<? extends Service>> services = new LinkedHashSet<>(Arrays.asList(CommandService.class,
			ModuleService.class, ConvertService.class, ParseService.class, LogService.class));
		final Context probe = new Context(CommandService.class);
		try {
			final Class<?> type = CommandLookup.find(probe, name).loadClass();
			for (final Field f : ClassUtils.getAnnotatedFields(type, Parameter.class))
				if (Service.class.isAssignableFrom(f.getType()) && f.getAnnotation(Parameter.class).required()) {
					@SuppressWarnings("unchecked")
					final Class<? extends Service> s = (Class<? extends Service>) f.getType();
					services.add(s);
				}
		}
		catch (final InstantiableException e) {
			throw new IllegalStateException("cannot load the command " + name + ": " + e.getMessage(), e);
		}
		finally {
			probe.dispose();
		}
		return new Context(new ArrayList<>(services));
	}

	/**
	 * The whole grid's result from the parts (in shard order) of the sweep {@code prepared}, in memory (a
	 * sweep of at most 10⁶ points; a bigger one merges its parts one at a time, {@link SweepStream.Collector}).
	 */
	static SweepResult merge(final CommandSweep.Prepared prepared, final List<ShardPart> parts) {
		final SweepGrid grid = prepared.grid;
		final int[] picks = prepared.picks;
		final double[][] times = new double[picks.length][];
		final double[][] voltages = new double[picks.length][];
		double[][] values = null;
		SweepResult r = null;
		for (final ShardPart part : parts) {
			r = part(prepared, part);
			if (values == null) values = new double[r.names().length][grid.size()];
			for (int c = 0; c < values.length; c++)
				System.arraycopy(r.values(r.names()[c]), 0, values[c], part.from(), part.to() - part.from());
			final int[] local = r.tracePoints();
			for (int k = 0; k < local.length; k++) {
				final int at = java.util.Arrays.binarySearch(picks, part.from() + local[k]);
				times[at] = r.traceTime(k);
				voltages[at] = r.traceVoltage(k);
			}
		}
		return new SweepResult(grid, r.names(), r.units(), values, picks, times, voltages, r.method());
	}

	/** What one part holds, as the result of its {@link SweepGrid#part} (trace points indices into the part). */
	static SweepResult part(final CommandSweep.Prepared prepared, final ShardPart part) {
		final String[] names = part.text("names").split(SEP, -1);
		final String[] units = part.text("units").split(SEP, -1);
		final double[][] values = new double[names.length][];
		for (int c = 0; c < names.length; c++) {
			values[c] = part.array("column." + c);
			if (values[c] == null || values[c].length != part.to() - part.from()) {
				throw new org.neuronmodels.cluster.ClusterException("the part of shard " + part.shard() +
					" has no complete column " + names[c]);
			}
		}
		final int[] local = java.util.Arrays.stream(prepared.picks).filter(q -> q >= part.from() && q < part.to())
			.toArray();
		final double[][] times = new double[local.length][];
		final double[][] voltages = new double[local.length][];
		for (int k = 0; k < local.length; k++) {
			times[k] = part.array("traceTime." + local[k]);
			voltages[k] = part.array("traceVoltage." + local[k]);
			local[k] -= part.from();
		}
		return new SweepResult(prepared.grid.part(part.from(), part.to()), names, units, values, local, times,
			voltages, part.text("method"));
	}
}

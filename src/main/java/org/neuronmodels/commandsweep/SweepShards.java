package org.neuronmodels.commandsweep;

import java.util.List;

import org.neuronmodels.cluster.PartComputer;
import org.neuronmodels.cluster.ShardPart;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.scijava.Context;

/**
 * A Parameter Sweep cut into shards: what one shard computes (the points of its
 * part of the grid, every scalar output, the traces of the traced points it holds)
 * and the merge of all parts into the result of the whole grid — the same numbers,
 * bit for bit, as a run on this machine, since every point is computed alone.
 */
public final class SweepShards {

	/** The kind of sweep in a spec file. */
	public static final String KIND = "sweep";

	private static final String SEP = "\u001f";

	private SweepShards() {}

	/** The computer of a shard of the sweep whose spec inputs are {@code inputs} (checks them first). */
	public static PartComputer computer(final Context context, final java.util.Map<String, String> inputs) {
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

	/** The whole grid's result from the parts (in shard order) of the sweep {@code prepared}. */
	static SweepResult merge(final CommandSweep.Prepared prepared, final List<ShardPart> parts) {
		final SweepGrid grid = prepared.grid;
		final String[] names = parts.get(0).text("names").split(SEP, -1);
		final String[] units = parts.get(0).text("units").split(SEP, -1);
		final double[][] values = new double[names.length][grid.size()];
		for (final ShardPart part : parts)
			for (int c = 0; c < names.length; c++) {
				final double[] column = part.array("column." + c);
				if (column == null || column.length != part.to() - part.from()) {
					throw new org.neuronmodels.cluster.ClusterException("the part of shard " + part.shard() +
						" has no complete column " + names[c]);
				}
				System.arraycopy(column, 0, values[c], part.from(), column.length);
			}
		final int[] picks = prepared.picks;
		final double[][] times = new double[picks.length][];
		final double[][] voltages = new double[picks.length][];
		for (final ShardPart part : parts)
			for (int k = 0; k < picks.length; k++) {
				if (picks[k] < part.from() || picks[k] >= part.to()) continue;
				times[k] = part.array("traceTime." + picks[k]);
				voltages[k] = part.array("traceVoltage." + picks[k]);
			}
		return new SweepResult(grid, names, units, values, picks, times, voltages, parts.get(0).text("method"));
	}
}

package org.neuronmodels.commandsweep;

import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.BlockStream;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.core.sweep.SweepTableSink;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.image.HeatmapBins;
import org.neuronmodels.image.Heatmaps;
import org.neuronmodels.plot.SweepCharts;

/**
 * A big 2-D sweep in bounded memory: the grid runs in blocks of
 * {@link #blockPoints()} points ({@link SweepGrid#part}s, each on one thread,
 * up to {@code threads} at once, handed on in point order by
 * {@link BlockStream}, so the rows are the same at any thread count); each
 * block's rows go to the table file, its measure into the heatmap's bins and
 * the measure chart's few lines, its traced points into the trace grid, and
 * the block is dropped. The numbers are those of the in-memory run, bit for bit.
 */
final class SweepStream {

	/** Grid points above which a sweep with a data file streams (a system property may lower it, for tests). */
	static final int IN_MEMORY_MAX = 1_000_000;

	private static final int BLOCK_POINTS = 1 << 15;

	private SweepStream() {}

	/** Whether a sweep of {@code grid} streams (a 2-D grid above the threshold). */
	static boolean streams(final SweepGrid grid) {
		return grid.axis2() != null && grid.size() > Integer.getInteger("neuronmodels.sweep.inMemoryMax",
			IN_MEMORY_MAX);
	}

	/** The points per block (a system property may lower it, for tests). */
	static int blockPoints() {
		return Math.max(1, Integer.getInteger("neuronmodels.sweep.blockPoints", BLOCK_POINTS));
	}

	/** What the log says when a streamed sweep of {@code points} has no table file to write its rows to. */
	static String notKept(final int points) {
		return "Parameter Sweep: " + points + " points are more than a results table holds (" + Integer.getInteger(
			"neuronmodels.sweep.inMemoryMax", IN_MEMORY_MAX) + "); their rows were not kept. The heatmap (binned), " +
			"the chart and the traces show the whole grid. For every row in table.csv give an output folder: " +
			"outputFolder in Fiji, --out DIR headless, streamTo(...) in a script.";
	}

	/**
	 * Runs the whole grid of {@code p} in blocks, rows to {@code sink} (null: not kept); the outcome keeps
	 * charts and scalars only.
	 */
	static SweepOutcome run(final CommandSweep sweep, final CommandSweep.Prepared p, final String measure,
		final String command, final String unit1, final String unit2, final SweepTableSink sink, final int threads,
		final ProgressMonitor monitor)
	{
		final SweepGrid grid = p.grid;
		final int block = blockPoints();
		final int blocks = (int) ((grid.size() + (long) block - 1) / block);
		final Collector c = new Collector(p, measure, unit1, unit2, sink);
		BlockStream.run(blocks, threads, (b, m) -> sweep.compute(p, grid.part(b * block, (int) Math.min(grid.size(),
			(long) (b + 1) * block)), 1, m), c::add, monitor);
		return c.outcome(command, ", streamed in blocks of " + block + " points");
	}

	/**
	 * What a streamed sweep keeps of its parts (each a {@link SweepGrid#part}, given in point order, then
	 * dropped): its rows go to the table file, its measure into the heatmap's bins and the measure chart's
	 * few lines, its traced points into the trace grid. Used for the blocks of a local run and for the
	 * shards of a SLURM run, merged one at a time.
	 */
	static final class Collector {

		private final CommandSweep.Prepared p;
		private final String measure, unit1, unit2;
		private final SweepTableSink sink;
		private final HeatmapBins bins;
		private final int[] rows;
		private final double[][] lines, times, voltages;
		private String[] names, units;
		private String method;

		Collector(final CommandSweep.Prepared p, final String measure, final String unit1, final String unit2,
			final SweepTableSink sink)
		{
			this.p = p;
			this.measure = measure;
			this.unit1 = unit1;
			this.unit2 = unit2;
			this.sink = sink;
			bins = new HeatmapBins(p.grid);
			rows = SweepCharts.chartRows(p.grid);
			lines = new double[rows.length][p.grid.width()];
			times = new double[p.picks.length][];
			voltages = new double[p.picks.length][];
		}

		/** Adds the next part (trace points indices into the part). */
		void add(final SweepResult part) {
			final SweepGrid grid = p.grid;
			if (sink != null) sink.rows(part, unit1, unit2);
			final int first = part.grid().offset();
			final double[] values = part.values(measure);
			bins.add(first, values);
			for (int s = 0; s < rows.length; s++) {
				final int from = Math.max(first, rows[s] * grid.width());
				final int to = Math.min(first + values.length, (rows[s] + 1) * grid.width());
				for (int q = from; q < to; q++)
					lines[s][q - rows[s] * grid.width()] = values[q - first];
			}
			final int[] local = part.tracePoints();
			for (int k = 0; k < local.length; k++) {
				final int at = Arrays.binarySearch(p.picks, first + local[k]);
				times[at] = part.traceTime(k);
				voltages[at] = part.traceVoltage(k);
			}
			names = part.names();
			units = part.units();
			method = part.method();
		}

		/** The outcome once every part is added: charts, heatmap, traces; {@code how} ends the method. */
		SweepOutcome outcome(final String command, final String how) {
			final SweepGrid grid = p.grid;
			final String title = command + ": " + measure + " vs " + grid.axis1().parameter() + " and " + grid.axis2()
				.parameter();
			final String unit = units[Arrays.asList(names).indexOf(measure)];
			final JFreeChart chart = SweepCharts.measureChart(grid, rows, lines, measure, unit, unit1, unit2, title);
			final CalibratedImg heatmap = Heatmaps.heatmap(grid, bins, unit1, unit2, title, unit.isEmpty() ? measure
				: measure + " (" + unit + ")");
			final SweepResult traced = new SweepResult(grid, new String[0], new String[0], new double[0][], p.picks,
				times, voltages, method + how);
			final JFreeChart traces = SweepCharts.traceGrid(traced, unit1, unit2, command + ": voltage traces");
			return new SweepOutcome(traced, measure, grid.size(), chart, heatmap, traces, sink);
		}
	}
}

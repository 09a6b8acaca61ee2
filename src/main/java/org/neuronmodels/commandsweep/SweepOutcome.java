package org.neuronmodels.commandsweep;

import ij.measure.ResultsTable;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.core.record.StagedData;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.image.Heatmaps;
import org.neuronmodels.plot.SweepCharts;
import org.neuronmodels.table.SweepTables;

/**
 * A finished sweep with what to show of it: the measure at every grid point,
 * the results table, the measure chart, the heatmap (2-D) and the grid of
 * voltage traces.
 */
public final class SweepOutcome {

	private final SweepResult result;
	private final String measure;
	private final String command;
	private final String unit1;
	private final String unit2;
	private final String submitted;
	private final int points;
	private final JFreeChart chart, traces;
	private final CalibratedImg heatmap;
	private final StagedData file;
	private final boolean streamed;

	/** A sweep submitted to SLURM and not waited for: no results yet, {@code message} says how to collect them. */
	SweepOutcome(final String message, final int points) {
		this.result = null;
		this.measure = null;
		this.command = null;
		this.unit1 = "";
		this.unit2 = "";
		this.submitted = message;
		this.points = points;
		this.chart = this.traces = null;
		this.heatmap = null;
		this.file = null;
		this.streamed = false;
	}

	/** A streamed sweep: its rows are in {@code file} (null: not kept); {@code traced} holds the traces alone. */
	SweepOutcome(final SweepResult traced, final String measure, final int points, final JFreeChart chart,
		final CalibratedImg heatmap, final JFreeChart traces, final StagedData file)
	{
		this.result = traced;
		this.measure = measure;
		this.command = null;
		this.unit1 = "";
		this.unit2 = "";
		this.submitted = null;
		this.points = points;
		this.chart = chart;
		this.heatmap = heatmap;
		this.traces = traces;
		this.file = file;
		this.streamed = true;
	}

	/**
	 * The table file a streamed sweep wrote its rows to, or null: the rows are in {@link #table()}, or (a
	 * streamed sweep without a file, {@link #isStreamed()}) not kept.
	 */
	public StagedData tableFile() {
		return file;
	}

	SweepOutcome(final SweepResult result, final String measure, final String command, final String unit1,
		final String unit2)
	{
		this.result = result;
		this.measure = measure;
		this.command = command;
		this.unit1 = unit1;
		this.unit2 = unit2;
		this.submitted = null;
		this.points = result.grid().size();
		this.chart = this.traces = null;
		this.heatmap = null;
		this.file = null;
		this.streamed = false;
		result.values(measure); // fails naming "measure" if it is missing
	}

	/** Whether the sweep ran in blocks (more than 10⁶ points): rows in {@link #tableFile()} only, no table. */
	public boolean isStreamed() {
		return streamed;
	}

	/** Whether the results are here (false: submitted to SLURM and not waited for; see {@link #method()}). */
	public boolean isComplete() {
		return result != null;
	}

	/**
	 * The core result (every scalar output at every point, the traces); null if not {@link #isComplete()};
	 * for a streamed sweep ({@link #tableFile()}) the traces alone.
	 */
	public SweepResult result() {
		return result;
	}

	/** The grid. */
	public SweepGrid grid() {
		return result == null ? null : result.grid();
	}

	/** The number of grid points. */
	public int size() {
		return points;
	}

	/** The measured output's name. */
	public String measure() {
		return measure;
	}

	/** The measure at every point, in point order (parameter 1 fastest); empty if {@link #isStreamed()}. */
	public double[] values() {
		return result == null || streamed ? new double[0] : result.values(measure).clone();
	}

	/** Scalar output {@code output} at every point, in point order. */
	public double[] values(final String output) {
		return result.values(output).clone();
	}

	/** The measure at value {@code i} of parameter 1 and value {@code j} of parameter 2 (0 in 1-D). */
	public double value(final int i, final int j) {
		return result.values(measure)[result.grid().index(i, j)];
	}

	/** The values parameter 1 takes. */
	public double[] parameter1Values() {
		return result.grid().axis1().values();
	}

	/** The values parameter 2 takes (empty in 1-D). */
	public double[] parameter2Values() {
		return result.grid().axis2() == null ? new double[0] : result.grid().axis2().values();
	}

	/** How the sweep was computed ("vectorised LIF population", "one command run per point"), or the job submitted. */
	public String method() {
		return result == null ? submitted : result.method();
	}

	/** One row per grid point: the swept inputs, then every scalar output, units in the headers. */
	public ResultsTable table() {
		if (result == null || streamed) return null;
		return SweepTables.table(result, unit1, unit2);
	}

	/** The measure against parameter 1 (one line per value of parameter 2, up to 8). */
	public JFreeChart chart() {
		if (streamed) return chart;
		if (result == null) return null;
		return SweepCharts.measureChart(result, measure, unit1, unit2, title());
	}

	/** The measure as a calibrated image, x = parameter 1, y = parameter 2; null for a 1-D sweep. */
	public CalibratedImg heatmap() {
		if (streamed) return heatmap;
		if (result == null || result.grid().axis2() == null) return null;
		final String u = result.unit(measure);
		return Heatmaps.heatmap(result.grid(), result.values(measure), unit1, unit2, title(), u.isEmpty() ? measure
			: measure + " (" + u + ")");
	}

	/** Small voltage-trace panels for a few points (columns: parameter 1, rows: parameter 2), or null. */
	public JFreeChart traces() {
		if (streamed) return traces;
		if (result == null) return null;
		return SweepCharts.traceGrid(result, unit1, unit2, command + ": voltage traces");
	}

	private String title() {
		final SweepGrid g = result.grid();
		return command + ": " + measure + " vs " + g.axis1().parameter() + (g.axis2() == null ? "" : " and " + g
			.axis2().parameter());
	}
}

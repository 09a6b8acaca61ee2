package org.neuronmodels.commandsweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.neuronmodels.core.sweep.ParallelRuns;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;
import org.neuronmodels.module.KeyValueInputs;
import org.neuronmodels.module.ModuleRuns;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.util.Types;

/**
 * Runs a {@link SweepRequest}: checks everything first (the command, the swept
 * inputs and their values, the measure, the other inputs), then either runs
 * the whole grid as one population (commands that are
 * {@link PopulationSweepable}), or runs the command once per grid point, in
 * parallel, each run independent, with the same inputs and seed except the
 * swept ones, without SciJava's persisted inputs, results collected by point.
 */
final class CommandSweep {

	private final Context context;
	private final SweepRequest request;

	CommandSweep(final Context context, final SweepRequest request) {
		this.context = context;
		this.request = request;
	}

	/** Everything a sweep needs once its inputs are checked: the command, the grid, the fixed inputs. */
	static final class Prepared {

		CommandInfo info;
		List<Swept> items;
		List<ModuleItem<?>> outputs;
		Map<String, Object> fixed;
		SweepGrid grid;
		int[] picks;
		Module probe;
	}

	SweepOutcome run(final ProgressMonitor monitor) {
		final Prepared p = prepare();
		if (SweepStream.streams(p.grid)) { // rows to the table file, or (none given) not kept
			return SweepStream.run(this, p, request.measure(), CommandLookup.label(p.info), p.items.get(0).unit(),
				p.items.get(1).unit(), request.streamSink(p.grid.size()), request.threads(), monitor);
		}
		return outcome(p, compute(p, p.grid, request.threads(), monitor));
	}

	/** Checks every input (nothing is run): the command, the swept inputs and their values, the measure, the rest. */
	Prepared prepare() {
		Checks.inRange("threads", request.threads(), 1, 10_000);
		Checks.inRange("traces", request.traces(), 0, 5);
		final Prepared p = new Prepared();
		p.info = CommandLookup.find(context, request.command());
		final List<String> parameters = request.parameters();
		if (parameters.isEmpty()) {
			throw new InvalidParameterException("parameter1", "parameter1 is empty: name the input to sweep");
		}
		if (parameters.size() > 2) {
			throw new InvalidParameterException("parameter3", "at most two inputs can be swept at once");
		}
		p.probe = context.service(ModuleService.class).createModule(p.info);
		p.fixed = fixedInputs(p.probe, parameters);
		p.items = new ArrayList<>();
		final SweepAxis[] axes = new SweepAxis[parameters.size()];
		for (int k = 0; k < axes.length; k++) {
			final Swept item = Swept.find(p.info, p.probe, p.fixed, parameters.get(k), "parameter" + (k + 1));
			p.items.add(item);
			final Object range = request.ranges().get(k);
			axes[k] = range instanceof SweepAxis ? (SweepAxis) range : SweepAxis.parse(item.name(), "values" + (k +
				1), (String) range);
			item.check(axes[k]);
		}
		p.grid = SweepGrid.of(axes[0], axes.length > 1 ? axes[1] : null);
		p.outputs = CommandLookup.scalarOutputs(p.info);
		CommandLookup.checkMeasure(p.info, p.outputs, request.measure());
		p.picks = p.grid.picks(request.traces());
		return p;
	}

	/**
	 * Computes {@code grid} (the whole grid or a {@link SweepGrid#part} of it) on {@code threads}
	 * threads: as one population if the command can, else one run per point. The result's trace
	 * points are indices into {@code grid}.
	 */
	SweepResult compute(final Prepared p, final SweepGrid grid, final int threads, final ProgressMonitor monitor) {
		final int[] picks = Arrays.stream(p.picks).filter(q -> q >= grid.offset() && q < grid.offset() + grid.size())
			.map(q -> q - grid.offset()).toArray();
		final Object delegate = p.probe.getDelegateObject();
		if (request.vectorize() && delegate instanceof PopulationSweepable &&
			((PopulationSweepable) delegate).canSweepAsPopulation(request.parameters()))
		{
			return ((PopulationSweepable) delegate).sweepAsPopulation(grid, picks, threads, monitor);
		}
		return perPoint(p.info, p.items, p.outputs, p.fixed, grid, picks, threads, monitor);
	}

	/** What to show of a whole-grid result. */
	SweepOutcome outcome(final Prepared p, final SweepResult result) {
		return new SweepOutcome(result, request.measure(), CommandLookup.label(p.info), p.items.get(0).unit(), p.items
			.size() > 1 ? p.items.get(1).unit() : "");
	}

	// -- Helper methods --

	/** One independent command run per point, in parallel; outputs collected by point. */
	private SweepResult perPoint(final CommandInfo info, final List<Swept> items,
		final List<ModuleItem<?>> outputs, final Map<String, Object> fixed, final SweepGrid grid, final int[] picks,
		final int threads, final ProgressMonitor monitor)
	{
		final ModuleService modules = context.service(ModuleService.class);
		final ModuleRuns runs = new ModuleRuns(context).quiet();
		final boolean traced = CommandLookup.hasTraces(info);
		final List<double[][]> points = ParallelRuns.run(grid.size(), threads, (p, m) -> {
			final Module module = modules.createModule(info);
			fixed.forEach((name, value) -> {
				module.setInput(name, value);
				module.resolveInput(name);
			});
			Swept.set(module, fixed, items, grid, p);
			final String reason = runs.run(module);
			if (reason != null) {
				if (m.isCancelled()) throw new SimulationCancelledException("cancelled");
				throw refused(info, grid, p, items, reason);
			}
			final double[] row = new double[outputs.size()];
			for (int c = 0; c < row.length; c++) {
				final Object v = module.getOutput(outputs.get(c).getName());
				row[c] = v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
			}
			final boolean keep = traced && Arrays.stream(picks).anyMatch(q -> q == p);
			return new double[][] { row, keep ? (double[]) module.getOutput("time") : null, keep ? (double[]) module
				.getOutput("voltage") : null };
		}, monitor);
		final String[] names = new String[outputs.size()];
		final String[] units = new String[outputs.size()];
		final double[][] values = new double[outputs.size()][grid.size()];
		for (int c = 0; c < names.length; c++) {
			names[c] = outputs.get(c).getName();
			units[c] = unit(outputs.get(c));
			for (int p = 0; p < grid.size(); p++)
				values[c][p] = points.get(p)[0][c];
		}
		final double[][] times = new double[picks.length][];
		final double[][] voltages = new double[picks.length][];
		for (int k = 0; k < picks.length; k++) {
			times[k] = points.get(picks[k])[1];
			voltages[k] = points.get(picks[k])[2];
		}
		return new SweepResult(grid, names, units, values, picks, times, voltages, "one command run per point");
	}

	/** Every value must be allowed by the input (its min/max, whole numbers for integer inputs). */
	static void checkValues(final ModuleItem<?> item, final SweepAxis axis) {
		final Class<?> type = Types.box(item.getType());
		final boolean whole = type != Double.class && type != Float.class;
		final Object min = item.getMinimumValue();
		final Object max = item.getMaximumValue();
		final String unit = unit(item);
		for (final double v : axis.values()) {
			if (whole && v != Math.rint(v)) {
				throw new InvalidParameterException(axis.field(), axis.field() + ": " + item.getName() + " = " + Checks.fmt(
					v) + " is invalid: " + item.getName() + " takes whole numbers (choose min, max and steps accordingly)");
			}
			if (min instanceof Number && v < ((Number) min).doubleValue() || max instanceof Number && v > ((Number) max)
				.doubleValue())
			{
				throw new InvalidParameterException(axis.field(), axis.field() + ": " + item.getName() + " = " + Checks.fmt(
					v) + (unit.isEmpty() ? "" : " " + unit) + " is invalid: must be between " + bound(min, "−∞") + " and " +
					bound(max, "∞") + (unit.isEmpty() ? "" : " " + unit));
			}
		}
	}

	private static String bound(final Object b, final String none) {
		return b instanceof Number ? Checks.fmt(((Number) b).doubleValue()) : none;
	}

	/** The fixed inputs, parsed and checked as the launcher does, by name. */
	private Map<String, Object> fixedInputs(final Module probe, final List<String> swept) {
		final KeyValueInputs inputs = new KeyValueInputs(context.service(ConvertService.class));
		final Map<String, Object> fixed = new LinkedHashMap<>();
		try {
			fixed.putAll(inputs.assign(probe, request.fixedInputs()));
			for (final Map.Entry<String, Object> e : request.fixedValues().entrySet()) {
				final ModuleItem<?> item = KeyValueInputs.find(probe, e.getKey()); // fails listing the valid names
				final Object value = inputs.convert(item, e.getValue());
				probe.setInput(e.getKey(), value);
				fixed.put(e.getKey(), value);
			}
		}
		catch (final InvalidParameterException e) {
			throw new InvalidParameterException("fixedInputs", "fixedInputs: " + e.getMessage());
		}
		for (final String name : swept)
			if (fixed.containsKey(name)) {
				throw new InvalidParameterException("fixedInputs", "fixedInputs: " + name +
					" is swept and cannot also be fixed");
			}
		return fixed;
	}

	/** A point whose run the command refused: the message names the point and the command's reason. */
	private static InvalidParameterException refused(final CommandInfo info, final SweepGrid grid, final int p,
		final List<Swept> items, final String reason)
	{
		final StringBuilder at = new StringBuilder(items.get(0).name()).append(" = ").append(Checks.fmt(grid.value1(
			p)));
		if (items.size() > 1) at.append(", ").append(items.get(1).name()).append(" = ").append(Checks.fmt(grid
			.value2(p)));
		final String first = reason.trim().split("[\\s:=]+", 2)[0];
		final String field = info.getInput(first) != null ? first : "fixedInputs";
		return new InvalidParameterException(field, "at " + at + ": " + CommandLookup.label(info) + " refused its input: " +
			reason.trim());
	}

	/** The unit in an item's label, e.g. "ms" for "Time step dt (ms)", or "". */
	static String unit(final ModuleItem<?> item) {
		return KeyValueInputs.unitOf(item.getLabel()).trim();
	}
}

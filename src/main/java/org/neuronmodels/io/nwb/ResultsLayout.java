package org.neuronmodels.io.nwb;

import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each output of a run goes in {@code results.h5}:
 * <ul>
 * <li>{@code /acquisition/voltage}, {@code /stimulus/presentation/current}:
 * TimeSeries groups ({@code neurodata_type} TimeSeries); {@code data} in mV
 * ({@code unit} "millivolts") or the model's current unit, {@code conversion}
 * 1.0, {@code offset} 0.0, {@code resolution} −1; {@code starting_time} in
 * seconds with its {@code rate} in Hz.</li>
 * <li>{@code /units}: {@code id}, {@code spike_times} (seconds, flat) and
 * {@code spike_times_index} (end of each unit's spikes); with no spike at all
 * {@code spike_times} is absent (jhdf cannot write an empty dataset) and every
 * index is 0.</li>
 * <li>{@code /analysis/neuron_models}: scalar outputs as scalar datasets, other
 * arrays as datasets, each table as a group of column datasets plus
 * {@code id} and a {@code colnames} attribute.</li>
 * </ul>
 */
final class ResultsLayout {

	/** Root attribute that marks a Neuron Models results file, and its layout version. */
	static final String RESULTS_ATTRIBUTE = "neuron_models_results";
	static final String RESULTS_VERSION = "1";
	/** Group of the outputs that have no NWB place. */
	static final String ANALYSIS = "neuron_models";

	private final Map<String, Object> scalars = new TreeMap<>();
	private final Map<String, Object> arrays = new TreeMap<>();
	private final Map<String, Map<String, double[]>> tables = new TreeMap<>();
	private final double[] time, voltage, current, spikeTimes;
	private final int[] spikeNeurons;
	private final String currentUnit;

	ResultsLayout(final Map<String, ?> outputs, final String currentUnit) {
		this.currentUnit = currentUnit == null || currentUnit.isEmpty() ? "nA" : currentUnit;
		time = doubles(outputs.get("time"));
		voltage = doubles(outputs.get("voltage"));
		current = doubles(outputs.get("current"));
		spikeTimes = doubles(outputs.get("spikeTimes"));
		spikeNeurons = outputs.get("spikeNeurons") instanceof int[] ? (int[]) outputs.get("spikeNeurons") : null;
		for (final Map.Entry<String, ?> e : outputs.entrySet()) {
			final Object v = e.getValue();
			if (isPlace(e.getKey()) || v == null) continue;
			if (v instanceof Number || v instanceof Boolean || v instanceof String) scalars.put(e.getKey(), v);
			else if (v instanceof double[] || v instanceof int[] || v instanceof long[] || v instanceof float[]) {
				if (java.lang.reflect.Array.getLength(v) > 0) arrays.put(e.getKey(), v);
			}
			else if (v instanceof Map) tables.put(e.getKey(), columns((Map<?, ?>) v));
		}
	}

	private boolean isPlace(final String name) {
		switch (name) {
			case "time":
				return time != null && time.length > 1;
			case "voltage":
			case "current":
				return time != null && time.length > 1 && series(name) != null;
			case "spikeTimes":
				return spikeTimes != null;
			case "spikeNeurons":
				return spikeNeurons != null && spikeTimes != null && spikeNeurons.length == spikeTimes.length;
			default:
				return false;
		}
	}

	private double[] series(final String name) {
		final double[] s = "voltage".equals(name) ? voltage : current;
		return s != null && s.length == time.length ? s : null;
	}

	private static double[] doubles(final Object v) {
		return v instanceof double[] ? (double[]) v : null;
	}

	private static Map<String, double[]> columns(final Map<?, ?> table) {
		final Map<String, double[]> out = new LinkedHashMap<>();
		for (final Map.Entry<?, ?> c : table.entrySet())
			if (c.getValue() instanceof double[]) out.put(String.valueOf(c.getKey()), (double[]) c.getValue());
		return out;
	}

	/** The numbers the file will hold (its size bound). */
	long valueCount() {
		long n = (time == null ? 0 : 2L * time.length) + (spikeTimes == null ? 0 : 2L * spikeTimes.length);
		for (final Object a : arrays.values())
			n += java.lang.reflect.Array.getLength(a);
		for (final Map<String, double[]> t : tables.values())
			for (final double[] c : t.values())
				n += c.length;
		return n;
	}

	void write(final WritableGroup root) {
		final WritableGroup acquisition = root.putGroup("acquisition");
		final WritableGroup stimulus = root.putGroup("stimulus").putGroup("presentation");
		if (isPlace("voltage")) timeSeries(acquisition, "voltage", voltage, "millivolts", "membrane potential");
		if (isPlace("current")) timeSeries(stimulus, "current", current, NwbUnits.spelled(currentUnit),
			"injected current");
		if (spikeTimes != null) units(root.putGroup("units"));
		if (scalars.isEmpty() && arrays.isEmpty() && tables.isEmpty()) return;
		final WritableGroup analysis = root.putGroup("analysis").putGroup(ANALYSIS);
		for (final Map.Entry<String, Object> e : scalars.entrySet())
			analysis.putDataset(e.getKey(), scalar(e.getValue()));
		for (final Map.Entry<String, Object> e : arrays.entrySet())
			analysis.putDataset(e.getKey(), e.getValue());
		for (final Map.Entry<String, Map<String, double[]>> e : tables.entrySet())
			table(analysis, e.getKey(), e.getValue());
	}

	/** A scalar dataset's value: numbers as double or long, booleans as 0/1, the rest as text. */
	private static Object scalar(final Object v) {
		if (v instanceof Double || v instanceof Float) return ((Number) v).doubleValue();
		if (v instanceof Number) return ((Number) v).longValue();
		if (v instanceof Boolean) return (Boolean) v ? 1L : 0L;
		return v.toString().isEmpty() ? " " : v.toString();
	}

	private void timeSeries(final WritableGroup parent, final String name, final double[] data, final String unit,
		final String description)
	{
		final WritableGroup g = parent.putGroup(name);
		g.putAttribute(NwbLayout.NAMESPACE, "core");
		g.putAttribute(NwbLayout.TYPE, "TimeSeries");
		g.putAttribute("description", description);
		final WritableDataset d = g.putDataset(NwbLayout.DATA, data);
		d.putAttribute(NwbLayout.UNIT, unit);
		d.putAttribute(NwbLayout.CONVERSION, 1.0);
		d.putAttribute(NwbLayout.OFFSET, 0.0);
		d.putAttribute(NwbLayout.RESOLUTION, -1.0);
		final double dt = (time[time.length - 1] - time[0]) / (time.length - 1);
		final WritableDataset start = g.putDataset(NwbLayout.STARTING_TIME, time[0] / 1e3);
		start.putAttribute(NwbLayout.RATE, 1e3 / dt);
		start.putAttribute(NwbLayout.UNIT, "seconds");
	}

	/** One unit per neuron id 0…max (one unit without {@code spikeNeurons}); spikes in time order per unit. */
	private void units(final WritableGroup g) {
		g.putAttribute(NwbLayout.NAMESPACE, "core");
		g.putAttribute(NwbLayout.TYPE, "Units");
		g.putAttribute("description", "spikes of the simulated neurons");
		g.putAttribute("colnames", new String[] { NwbLayout.SPIKE_TIMES });
		final boolean many = isPlace("spikeNeurons");
		int units = 1;
		if (many) for (final int i : spikeNeurons)
			units = Math.max(units, i + 1);
		final List<List<Double>> perUnit = new ArrayList<>();
		for (int u = 0; u < units; u++)
			perUnit.add(new ArrayList<>());
		for (int k = 0; k < spikeTimes.length; k++)
			perUnit.get(many ? spikeNeurons[k] : 0).add(spikeTimes[k] / 1e3);
		final long[] ids = new long[units], ends = new long[units];
		final double[] flat = new double[spikeTimes.length];
		int n = 0;
		for (int u = 0; u < units; u++) {
			ids[u] = u;
			for (final double t : perUnit.get(u))
				flat[n++] = t;
			ends[u] = n;
		}
		g.putDataset(NwbLayout.ID, ids);
		if (flat.length > 0) g.putDataset(NwbLayout.SPIKE_TIMES, flat).putAttribute("description", "seconds");
		g.putDataset(NwbLayout.SPIKE_TIMES_INDEX, ends).putAttribute("target", NwbLayout.SPIKE_TIMES);
	}

	private static void table(final WritableGroup parent, final String name, final Map<String, double[]> columns) {
		if (columns.values().stream().allMatch(c -> c.length == 0)) return; // NB: jhdf writes an empty group badly
		final WritableGroup g = parent.putGroup(name);
		g.putAttribute(NwbLayout.TYPE, "DynamicTable");
		g.putAttribute("description", "output table " + name);
		final List<String> names = new ArrayList<>();
		int rows = 0;
		for (final Map.Entry<String, double[]> c : columns.entrySet()) {
			if (c.getValue().length == 0) continue;
			final String column = c.getKey().replace('/', '_');
			names.add(column);
			g.putDataset(column, c.getValue());
			rows = Math.max(rows, c.getValue().length);
		}
		if (!names.isEmpty()) g.putAttribute("colnames", names.toArray(new String[0]));
		if (rows > 0) {
			final long[] ids = new long[rows];
			for (int r = 0; r < rows; r++)
				ids[r] = r;
			g.putDataset(NwbLayout.ID, ids);
		}
	}
}

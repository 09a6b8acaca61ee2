package org.neuronmodels.table;

import ij.measure.ResultsTable;

import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;

/**
 * Core results as ImageJ {@link ResultsTable}s, with units in the column
 * headers so that macros can read them with {@code getResult}.
 */
public final class Tables {

	/**
	 * The most rows of a table shown in Fiji; longer data is in the array
	 * outputs and their data files (launcher --out, or the output folder input).
	 */
	public static final int MAX_ROWS = 1_000_000;

	private Tables() {}

	/** One row per spike: the neuron index and the time in ms (the first {@value #MAX_ROWS} spikes). */
	public static ResultsTable spikes(final SpikeRecord spikes) {
		final int rows = Math.min(MAX_ROWS, spikes.count());
		final ResultsTable t = new ResultsTable(rows);
		for (int k = 0; k < rows; k++) {
			t.setValue("Neuron", k, spikes.neuron(k));
			t.setValue("Time (ms)", k, spikes.time(k));
		}
		if (spikes.count() > 0) t.setDecimalPlaces(t.getColumnIndex("Neuron"), 0);
		return t;
	}

	/**
	 * One row per sample of the {@code slot}-th recorded neuron: time, every
	 * recorded variable with its unit, and the input current; every k-th sample
	 * when there are more than {@value #MAX_ROWS} (the full traces are the
	 * command's array outputs).
	 */
	public static ResultsTable traces(final TraceRecord traces, final int slot, final String currentUnit) {
		final double[] time = traces.time();
		final int stride = (time.length + MAX_ROWS - 1) / MAX_ROWS;
		final int rows = (time.length + stride - 1) / Math.max(1, stride);
		final ResultsTable t = new ResultsTable(rows);
		final String[] names = traces.variables();
		final String[] units = traces.units();
		final String[] headers = new String[names.length];
		for (int v = 0; v < names.length; v++)
			headers[v] = units[v].isEmpty() ? names[v] : names[v] + " (" + units[v] + ")";
		final String currentHeader = "I (" + currentUnit + ")";
		final double[][] values = new double[names.length][];
		for (int v = 0; v < names.length; v++)
			values[v] = traces.values(v, slot);
		final double[] current = traces.current(slot);
		for (int r = 0; r < rows; r++) {
			final int k = r * stride;
			t.setValue("Time (ms)", r, time[k]);
			for (int v = 0; v < names.length; v++)
				t.setValue(headers[v], r, values[v][k]);
			t.setValue(currentHeader, r, current[k]);
		}
		return t;
	}

	/**
	 * The traces of every recorded neuron of a network, one row per sample:
	 * time, then per recorded neuron each variable and the external input, in
	 * columns named {@code "V#12 (mV)"}, {@code "I#12 (nA)"} (neuron 12); every
	 * k-th sample when there are more than {@value #MAX_ROWS}. Null when no
	 * neuron was recorded.
	 */
	public static ResultsTable recordedTraces(final TraceRecord traces, final String currentUnit) {
		final int[] neurons = traces.neurons();
		if (neurons.length == 0) return null;
		final double[] time = traces.time();
		final int stride = Math.max(1, (time.length + MAX_ROWS - 1) / MAX_ROWS);
		final int rows = (time.length + stride - 1) / stride;
		final ResultsTable t = new ResultsTable(rows);
		final String[] names = traces.variables(), units = traces.units();
		for (int r = 0; r < rows; r++)
			t.setValue("Time (ms)", r, time[r * stride]);
		for (int s = 0; s < neurons.length; s++) {
			for (int v = 0; v < names.length; v++) {
				final String header = names[v] + "#" + neurons[s] + (units[v].isEmpty() ? "" : " (" + units[v] + ")");
				final double[] values = traces.values(v, s);
				for (int r = 0; r < rows; r++)
					t.setValue(header, r, values[r * stride]);
			}
			final double[] current = traces.current(s);
			for (int r = 0; r < rows; r++)
				t.setValue("I#" + neurons[s] + " (" + currentUnit + ")", r, current[r * stride]);
		}
		return t;
	}

	/**
	 * One row per neuron: index, population, spike count, rate in Hz and the
	 * coefficient of variation of its inter-spike intervals (NaN below 3 spikes).
	 */
	public static ResultsTable neuronRates(final org.neuronmodels.core.network.NetworkResult result) {
		final SpikeRecord spikes = result.spikes();
		final int n = spikes.populationSize();
		final int[] counts = spikes.countsPerNeuron();
		final double[] rates = org.neuronmodels.core.network.PopulationRates.ratesPerNeuron(spikes, result.grid()
			.duration());
		final double[] cv = org.neuronmodels.core.analysis.SpikeTrainStatistics.cvPerNeuron(spikes);
		final String[] names = result.populationNames();
		final int[] offsets = result.populationOffsets();
		final ResultsTable t = new ResultsTable(n);
		int pop = 0;
		for (int i = 0; i < n; i++) {
			while (pop + 1 < offsets.length && i >= offsets[pop + 1])
				pop++;
			t.setValue("Neuron", i, i);
			t.setValue("Population", i, names[pop]);
			t.setValue("Spikes", i, counts[i]);
			t.setValue("Rate (Hz)", i, rates[i]);
			t.setValue("CV ISI", i, cv[i]);
		}
		t.setDecimalPlaces(t.getColumnIndex("Neuron"), 0);
		t.setDecimalPlaces(t.getColumnIndex("Spikes"), 0);
		return t;
	}
}

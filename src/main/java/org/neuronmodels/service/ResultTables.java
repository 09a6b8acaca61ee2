package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.util.Map;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.sweep.FiCurve;
import org.neuronmodels.table.AnalysisTables;
import org.neuronmodels.table.IzhikevichTables;
import org.neuronmodels.table.ScriptTables;
import org.neuronmodels.table.Tables;

/**
 * Results as ResultsTables, reached as {@code neuron.tables()}: each method
 * hands the result to the {@code table} class that lays the table out.
 */
public final class ResultTables {

	/** The most rows a table shown in Fiji holds (the full data go to files). */
	public static final int MAX_ROWS = Tables.MAX_ROWS;

	ResultTables() {}

	/** A table with one column per entry of {@code columns} (name → numbers), in the map's order. */
	public ResultsTable columns(final Map<String, ?> columns) {
		return ScriptTables.columns(columns);
	}

	/** The spikes of a run (neuron, time in ms). */
	public ResultsTable spikes(final SimulationResult result) {
		return Tables.spikes(result.spikes());
	}

	/** The traces of neuron 0 of a run, with units in the headers ({@code currentUnit}: the input's). */
	public ResultsTable traces(final SimulationResult result, final String currentUnit) {
		return Tables.traces(result.traces(), 0, currentUnit);
	}

	/** The traces of a network's recorded neurons (time, then one column per neuron and variable). */
	public ResultsTable networkTraces(final NetworkResult result) {
		return Tables.recordedTraces(result.traces(), result.traceInputUnit());
	}

	/** One row per neuron of a network run: population, spike count, rate (Hz), CV of ISIs. */
	public ResultsTable neuronRates(final NetworkResult result) {
		return Tables.neuronRates(result);
	}

	/** An f–I curve (current, spikes, rates, theory). */
	public ResultsTable fiCurve(final FiCurve curve) {
		return AnalysisTables.fiCurve(curve);
	}

	/** An ISI histogram (bin start, bin end, count). */
	public ResultsTable isiHistogram(final SpikeTrainStatistics statistics) {
		return AnalysisTables.isiHistogram(statistics);
	}

	/** A frequency response (frequency, gain, phase, theory). */
	public ResultsTable frequencyResponse(final FrequencyResponse response) {
		return AnalysisTables.frequencyResponse(response);
	}

	/** A LIF fit: the fitted parameters and error in one row. */
	public ResultsTable lifFit(final LifFit fit) {
		return AnalysisTables.lifFit(fit);
	}

	/** The Izhikevich gallery: parameters, spike count, first spike time and rate per preset. */
	public ResultsTable izhikevichGallery(final IzhikevichGallery gallery) {
		return IzhikevichTables.gallery(gallery);
	}

	/** The numbers in column {@code column} of {@code table}; a missing column is an error naming it. */
	public double[] column(final ResultsTable table, final String column) {
		return AnalysisTables.column(table, column, "column");
	}

	/**
	 * Refuses, before anything runs, a run whose recorded traces and the outputs made from them (arrays, the
	 * trace table of at most {@link #MAX_ROWS} rows) would not fit in the Java heap, naming {@code duration}
	 * and {@code recordEvery}: samples every {@code recordEvery} steps of {@code variables} recorded state
	 * variables, plus time and input current.
	 */
	public void checkMemory(final TimeGrid grid, final int recordEvery, final int variables) {
		final double samples = Math.floor(grid.steps() / (double) recordEvery) + 1;
		final double columns = variables + 2;
		final double bytes = 8.0 * grid.steps() + 2 * 8.0 * samples * columns + 2 * 8.0 * Math.min(samples,
			MAX_ROWS) * columns;
		MemoryBudget.require(bytes, "duration", "a run of " + grid.steps() + " steps recording " + (long) samples +
			" samples (one every recordEvery = " + recordEvery + " steps) of " + (long) columns +
			" traces, with the outputs made from them,");
	}
}

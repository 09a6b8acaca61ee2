package org.neuronmodels.table;

import ij.measure.ResultsTable;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.analysis.FrequencyResponse;
import org.neuronmodels.core.analysis.LifFit;
import org.neuronmodels.core.analysis.SpikeTrainStatistics;
import org.neuronmodels.core.sweep.FiCurve;

/**
 * Analysis results as ImageJ {@link ResultsTable}s, with units in the column
 * headers.
 */
public final class AnalysisTables {

	private AnalysisTables() {}

	/** One row per current: current, spike count, rate, interpolated rate and theory (when present). */
	public static ResultsTable fiCurve(final FiCurve c) {
		final double[] currents = c.currents();
		final ResultsTable t = new ResultsTable(currents.length);
		final String current = "Current (" + c.currentUnit() + ")";
		for (int i = 0; i < currents.length; i++) {
			t.setValue(current, i, currents[i]);
			t.setValue("Spikes", i, c.spikeCounts()[i]);
			t.setValue("Rate (Hz)", i, c.rates()[i]);
			if (c.interpolatedRates() != null) t.setValue("Interpolated rate (Hz)", i, c.interpolatedRates()[i]);
			if (c.theoryRates() != null) t.setValue("Theory (Hz)", i, c.theoryRates()[i]);
		}
		t.setDecimalPlaces(t.getColumnIndex("Spikes"), 0);
		return t;
	}

	/** One row per ISI histogram bin: bin start, bin end (ms) and count. */
	public static ResultsTable isiHistogram(final SpikeTrainStatistics s) {
		final double[] starts = s.binStarts();
		final double[] counts = s.binCounts();
		final ResultsTable t = new ResultsTable(starts.length);
		for (int j = 0; j < starts.length; j++) {
			t.setValue("Bin start (ms)", j, starts[j]);
			t.setValue("Bin end (ms)", j, starts[j] + s.binWidth());
			t.setValue("Count", j, counts[j]);
		}
		if (starts.length > 0) t.setDecimalPlaces(t.getColumnIndex("Count"), 0);
		return t;
	}

	/** The numbers of column {@code column} of {@code table}; fails naming {@code field} if it is missing. */
	public static double[] column(final ResultsTable table, final String column, final String field) {
		if (table == null) throw new InvalidParameterException(field, field +
			" is missing: give a results table");
		final int index = table.getColumnIndex(column);
		if (index == ResultsTable.COLUMN_NOT_FOUND) {
			throw new InvalidParameterException(field, field + " = \"" + column +
				"\" is not a column of the table; its columns are: " + String.join(", ", table.getHeadings()));
		}
		final double[] values = table.getColumnAsDoubles(index);
		if (values == null || values.length == 0) {
			throw new InvalidParameterException(field, field + " = \"" + column +
				"\": the table has no rows");
		}
		for (int i = 0; i < values.length; i++)
			if (!Double.isFinite(values[i])) {
				throw new InvalidParameterException(field, field + " = \"" + column + "\": row " +
					(i + 1) + " holds " + values[i] + ", not a finite number");
			}
		return values;
	}

	/** One row per frequency: frequency, gain and phase, simulated and theoretical. */
	public static ResultsTable frequencyResponse(final FrequencyResponse r) {
		final double[] f = r.frequencies();
		final ResultsTable t = new ResultsTable(f.length);
		for (int j = 0; j < f.length; j++) {
			t.setValue("Frequency (Hz)", j, f[j]);
			t.setValue("Gain (MΩ)", j, r.gain()[j]);
			t.setValue("Phase (°)", j, r.phase()[j]);
			t.setValue("Theory gain (MΩ)", j, r.theoryGain()[j]);
			t.setValue("Theory phase (°)", j, r.theoryPhase()[j]);
		}
		return t;
	}

	/** One row: the six fitted parameters, the fit error and the number of spikes, units in the headers. */
	public static ResultsTable lifFit(final LifFit fit) {
		final ResultsTable t = new ResultsTable(1);
		t.setValue("V_rest (mV)", 0, fit.vRest());
		t.setValue("V_reset (mV)", 0, fit.vReset());
		t.setValue("V_th (mV)", 0, fit.vThreshold());
		t.setValue("R (MΩ)", 0, fit.resistance());
		t.setValue("tau_m (ms)", 0, fit.tauM());
		t.setValue("t_ref (ms)", 0, fit.tRef());
		t.setValue("RMS error (mV)", 0, fit.fitError());
		t.setValue("Spikes", 0, fit.spikeTimes().length);
		return t;
	}
}

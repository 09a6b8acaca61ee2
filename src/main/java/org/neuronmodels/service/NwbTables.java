package org.neuronmodels.service;

import ij.measure.ResultsTable;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.analysis.ObservedSpikes;
import org.neuronmodels.io.nwb.SeriesInfo;
import org.neuronmodels.io.nwb.UnitsTable;

/** The NWB File Info tables, and a unit's spikes chosen by id. */
final class NwbTables {

	private NwbTables() {}

	static ResultsTable series(final List<SeriesInfo> all) {
		final ResultsTable t = new ResultsTable(all.size());
		for (int r = 0; r < all.size(); r++) {
			final SeriesInfo s = all.get(r);
			t.setValue("Path", r, s.path());
			t.setValue("Type", r, s.type());
			t.setValue("Unit", r, s.unit());
			t.setValue("Samples", r, s.samples());
			t.setValue("Start (ms)", r, s.startMs());
			t.setValue("dt (ms)", r, s.dtMs());
			t.setValue("Duration (ms)", r, s.samples() * s.dtMs());
			t.setValue("Sweep", r, s.sweep() < 0 ? Double.NaN : s.sweep());
			t.setValue("Problem", r, s.problem() == null ? "" : s.problem());
		}
		return t;
	}

	static ResultsTable units(final List<UnitsTable> tables) {
		final ResultsTable t = new ResultsTable();
		for (final UnitsTable u : tables)
			for (int r = 0; r < u.size(); r++) {
				t.addRow();
				t.addValue("Table", u.path());
				t.addValue("Unit id", u.id(r));
				t.addValue("Spikes", u.spikeTimes(r).length);
				t.addValue("Observed spikes", u.observedSpikeTimes(r).length);
				t.addValue("Observed time (ms)", u.observedMs(r));
			}
		return t;
	}

	/** The spikes of unit {@code unitId} (blank: the only unit) of the first table that has it. */
	static ObservedSpikes observed(final List<UnitsTable> tables, final String unitId, final File file,
		final String unitField)
	{
		final String id = unitId == null ? "" : unitId.trim();
		final List<String> ids = new ArrayList<>();
		for (final UnitsTable u : tables)
			for (int r = 0; r < u.size(); r++) {
				ids.add(String.valueOf(u.id(r)));
				if (id.equals(String.valueOf(u.id(r))) || id.isEmpty() && tables.size() == 1 && u.size() == 1) {
					final double[] in = u.observationIntervals(r);
					double from = Double.NaN, to = Double.NaN;
					for (int i = 0; i < in.length; i += 2) {
						from = i == 0 ? in[i] : Math.min(from, in[i]);
						to = i == 0 ? in[i + 1] : Math.max(to, in[i + 1]);
					}
					return new ObservedSpikes(u.observedSpikeTimes(r), from, to);
				}
			}
		throw new InvalidParameterException(unitField, unitField + " = \"" + id + "\": " + file + (ids.isEmpty()
			? " has no units table" : " has no unit " + (id.isEmpty() ? "chosen (it has several)" : "with that id") +
				"; its unit ids are: " + String.join(", ", ids.subList(0, Math.min(20, ids.size()))) + (ids.size() > 20
					? " and " + (ids.size() - 20) + " more" : "")));
	}
}

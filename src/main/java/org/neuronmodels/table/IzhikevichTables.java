package org.neuronmodels.table;

import ij.measure.ResultsTable;

import java.util.List;

import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichGallery;
import org.neuronmodels.core.izhikevich.IzhikevichPreset;
import org.neuronmodels.core.sim.SimulationResult;

/** Izhikevich results as ImageJ {@link ResultsTable}s. */
public final class IzhikevichTables {

	private IzhikevichTables() {}

	/**
	 * One row per gallery panel, labelled with the preset: a, b, c, d, the
	 * initial state, dt and duration (ms), the spike count, the first spike time
	 * (ms, NaN if none) and the mean rate over the run (Hz).
	 */
	public static ResultsTable gallery(final IzhikevichGallery gallery) {
		final List<IzhikevichPreset> presets = gallery.presets();
		final List<SimulationResult> results = gallery.results();
		final double[] first = gallery.firstSpikeTimes();
		final ResultsTable t = new ResultsTable(presets.size());
		for (int row = 0; row < presets.size(); row++) {
			final IzhikevichPreset p = presets.get(row);
			final IzhikevichCell c = p.cell();
			final SimulationResult r = results.get(row);
			t.setLabel(p.label(), row);
			t.setValue("a", row, c.a);
			t.setValue("b", row, c.b);
			t.setValue("c (mV)", row, c.c);
			t.setValue("d", row, c.d);
			t.setValue("v0 (mV)", row, p.vInit());
			t.setValue("u0", row, p.uInit());
			t.setValue("dt (ms)", row, r.grid().dt());
			t.setValue("Duration (ms)", row, r.grid().duration());
			t.setValue("Spikes", row, r.spikes().count());
			t.setValue("First spike (ms)", row, first[row]);
			t.setValue("Rate (Hz)", row, r.meanRate(0, r.grid().duration()));
		}
		t.setDecimalPlaces(t.getColumnIndex("Spikes"), 0);
		return t;
	}
}

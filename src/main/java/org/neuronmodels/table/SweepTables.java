package org.neuronmodels.table;

import ij.measure.ResultsTable;

import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;

/** A sweep as an ImageJ results table: one row per grid point, the swept inputs then every scalar output. */
public final class SweepTables {

	private SweepTables() {}

	/** The table of {@code result}; headers carry units, e.g. {@code "tauM (ms)"}, {@code "firingRate (Hz)"}. */
	public static ResultsTable table(final SweepResult result, final String unit1, final String unit2) {
		final SweepGrid grid = result.grid();
		final ResultsTable t = new ResultsTable(grid.size());
		final String h1 = header(grid.axis1().parameter(), unit1);
		final String h2 = grid.axis2() == null ? null : header(grid.axis2().parameter(), unit2);
		final String[] names = result.names();
		final String[] units = result.units();
		for (int p = 0; p < grid.size(); p++) {
			t.setValue(h1, p, grid.value1(p));
			if (h2 != null) t.setValue(h2, p, grid.value2(p));
			for (int c = 0; c < names.length; c++)
				t.setValue(header(names[c], units[c]), p, result.values(names[c])[p]);
		}
		return t;
	}

	/** A column header: the name, with the unit in parentheses if there is one. */
	public static String header(final String name, final String unit) {
		return unit == null || unit.isEmpty() ? name : name + " (" + unit + ")";
	}
}

package org.neuronmodels.table;

import ij.measure.ResultsTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.NumberLists;

/**
 * Results tables and number arrays from what scripts hold: Java arrays, lists
 * (Python lists) and JavaScript arrays (seen from Java as maps of index to value).
 */
public final class ScriptTables {

	private ScriptTables() {}

	/** A table with one column per entry (name → numbers), in the map's order; shorter columns end early. */
	public static ResultsTable columns(final Map<String, ?> columns) {
		int rows = 0;
		final List<double[]> values = new ArrayList<>();
		for (final Map.Entry<String, ?> e : columns.entrySet()) {
			final double[] v = NumberLists.of(e.getKey(), e.getValue());
			values.add(v);
			rows = Math.max(rows, v.length);
		}
		final ResultsTable t = new ResultsTable(rows);
		int c = 0;
		for (final String name : columns.keySet()) {
			final double[] v = values.get(c++);
			for (int r = 0; r < rows; r++)
				t.setValue(name, r, r < v.length ? v[r] : Double.NaN);
		}
		return t;
	}
}

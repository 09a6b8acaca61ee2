package org.neuronmodels.table;

import ij.measure.ResultsTable;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;

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
			final double[] v = numbers(e.getKey(), e.getValue());
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

	/** The numbers in an array, a list or a script array; fails naming {@code name}. */
	public static double[] numbers(final String name, final Object value) {
		final List<Object> items = new ArrayList<>();
		if (value == null) throw new InvalidParameterException(name, name + " is empty (null)");
		if (value.getClass().isArray()) {
			for (int i = 0; i < Array.getLength(value); i++)
				items.add(Array.get(value, i));
		}
		else if (value instanceof Collection) items.addAll((Collection<?>) value);
		else if (value instanceof Map) items.addAll(((Map<?, ?>) value).values());
		else if (value instanceof Number) items.add(value);
		else throw new InvalidParameterException(name, name + " is not a list of numbers: " + value.getClass()
			.getName());
		final double[] out = new double[items.size()];
		for (int i = 0; i < out.length; i++) {
			final Object o = items.get(i);
			if (!(o instanceof Number)) {
				throw new InvalidParameterException(name, name + "[" + i + "] = " + o + " is not a number");
			}
			out[i] = ((Number) o).doubleValue();
		}
		return out;
	}
}

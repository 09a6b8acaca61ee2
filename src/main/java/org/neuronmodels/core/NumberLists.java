package org.neuronmodels.core;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Numbers handed over by scripts (Java arrays, lists, script arrays) as a {@code double[]}. */
public final class NumberLists {

	private NumberLists() {}

	/** The numbers in an array, a list or a script array; fails naming {@code name}. */
	public static double[] of(final String name, final Object value) {
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

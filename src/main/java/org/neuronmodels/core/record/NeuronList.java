package org.neuronmodels.core.record;

import java.util.Arrays;
import java.util.TreeSet;

import org.neuronmodels.core.InvalidParameterException;

/**
 * A list of neuron indices written as text, e.g. {@code "0-9,100"}: indices and
 * inclusive ranges {@code low-high}, separated by commas (spaces allowed). The
 * result is sorted and without repeats. Used by {@code recordNeurons}.
 */
public final class NeuronList {

	/** At most this many neurons in one list (a range such as 0-99999999 is refused before it is built). */
	public static final int MAX_NEURONS = 1_000_000;

	private NeuronList() {}

	/**
	 * The neurons named by {@code text} (blank: none), each checked against a
	 * network of {@code size} neurons; errors name {@code parameter}.
	 */
	public static int[] parse(final String parameter, final String text, final int size) {
		if (text == null || text.trim().isEmpty()) return new int[0];
		final TreeSet<Integer> set = new TreeSet<>();
		for (final String raw : text.split(",", -1)) {
			final String item = raw.trim();
			if (item.isEmpty()) throw invalid(parameter, text, "an empty item between commas");
			final int dash = item.indexOf('-', 1);
			final long lo = index(parameter, text, dash < 0 ? item : item.substring(0, dash).trim());
			final long hi = dash < 0 ? lo : index(parameter, text, item.substring(dash + 1).trim());
			if (hi < lo) throw invalid(parameter, text, "the range " + item + " runs backwards (write low-high, e.g. " +
				hi + "-" + lo + ")");
			for (final long i : new long[] { lo, hi })
				if (i >= size) throw invalid(parameter, text, "neuron " + i + " does not exist: the network has " + size +
					" neurons (0 to " + (size - 1) + ")");
			if (set.size() + hi - lo + 1 > MAX_NEURONS) throw invalid(parameter, text, "more than " + MAX_NEURONS +
				" neurons");
			for (long i = lo; i <= hi; i++)
				set.add((int) i);
		}
		final int[] out = new int[set.size()];
		int k = 0;
		for (final int i : set)
			out[k++] = i;
		Arrays.sort(out);
		return out;
	}

	private static long index(final String parameter, final String text, final String s) {
		if (!s.matches("[0-9]{1,10}")) throw invalid(parameter, text, "\"" + s +
			"\" is not a neuron index (a whole number from 0) or a range such as 0-9");
		return Long.parseLong(s);
	}

	private static InvalidParameterException invalid(final String parameter, final String text, final String why) {
		return new InvalidParameterException(parameter, parameter + " = \"" + text + "\" is invalid: " + why);
	}
}

package org.neuronmodels.core.equation;

import java.util.Collection;

/** "Did you mean" suggestions: the closest known name by edit distance (case-insensitive). */
final class Names {

	private Names() {}

	/** {@code " — did you mean \"x\"?"} for the closest of {@code known}, or "" if none is close. */
	static String suggestion(final String name, final Collection<String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (final String k : known) {
			final int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
			if (d < bestDistance) {
				bestDistance = d;
				best = k;
			}
		}
		final int allowed = name.length() <= 3 ? 1 : Math.min(3, Math.max(2, name.length() / 3));
		return best != null && bestDistance <= allowed ? " — did you mean \"" + best + "\"?" : "";
	}

	/** Levenshtein distance. */
	static int distance(final String a, final String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++)
			previous[j] = j;
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			final int[] t = previous;
			previous = current;
			current = t;
		}
		return previous[b.length()];
	}
}

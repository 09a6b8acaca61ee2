package org.neuronmodels.core;

/**
 * Refuses requests that would not fit in the Java heap, before anything is
 * allocated, with an error that gives the estimate.
 */
public final class MemoryBudget {

	/** Fraction of the free heap a single request may take. */
	private static final double USABLE_FRACTION = 0.8;

	private MemoryBudget() {}

	/** The bytes the heap can still give: maximum heap minus what is in use. */
	public static long available() {
		final Runtime rt = Runtime.getRuntime();
		return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
	}

	/** The bytes a single request may take now: {@link #available()} times the usable fraction. */
	public static double usable() {
		return available() * USABLE_FRACTION;
	}

	/**
	 * {@link #usable()}, measured again after a garbage collection when
	 * {@code bytes} does not fit at first: the free heap counts garbage not yet
	 * collected as used, so only a refusal pays for the collection.
	 */
	public static double usableFor(final double bytes) {
		final double usable = usable();
		if (bytes <= usable) return usable;
		System.gc();
		return usable();
	}

	/**
	 * Fails with an {@link InvalidParameterException} naming {@code parameter}
	 * when {@code bytes} would not fit; {@code what} says what needs the memory.
	 */
	public static void require(final double bytes, final String parameter, final String what) {
		final double usable = usableFor(bytes);
		if (!(bytes <= usable)) {
			throw new InvalidParameterException(parameter, "Not enough memory: " + what + " needs about " + size(
				bytes) + " but only " + size(usable) + " of the Java heap is available. Reduce " + parameter +
				" (or record fewer neurons, decimate the traces, or start Java with a larger -Xmx).");
		}
	}

	/** Formats a byte count as B, kB, MB, GB or TB. */
	public static String size(final double bytes) {
		final String[] units = { "B", "kB", "MB", "GB", "TB", "PB" };
		double b = bytes;
		int u = 0;
		while (b >= 1000 && u < units.length - 1) {
			b /= 1000;
			u++;
		}
		return String.format(java.util.Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", b, units[u]);
	}
}

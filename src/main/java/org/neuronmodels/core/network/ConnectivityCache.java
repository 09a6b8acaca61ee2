package org.neuronmodels.core.network;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few random connectivities drawn, by rule and arguments, softly
 * held: a network built again from the same settings (the numerical checks'
 * rerun at dt/2, a repeated run) shares the arrays of the first instead of
 * drawing (and storing) them again. Sharing is safe because a
 * {@link Connectivity} never changes; the garbage collector drops entries
 * before the heap runs out.
 */
final class ConnectivityCache {

	private static final int ENTRIES = 8;

	private static final Map<String, SoftReference<Connectivity>> CACHE = new LinkedHashMap<String,
		SoftReference<Connectivity>>(16, 0.75f, true)
	{

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(final Map.Entry<String, SoftReference<Connectivity>> eldest) {
			return size() > ENTRIES;
		}
	};

	private ConnectivityCache() {}

	/** The connectivity cached for {@code key}, or the one {@code draw} makes (then cached). */
	static Connectivity get(final String key, final Supplier<Connectivity> draw) {
		synchronized (CACHE) {
			final SoftReference<Connectivity> ref = CACHE.get(key);
			final Connectivity c = ref == null ? null : ref.get();
			if (c != null) return c;
		}
		final Connectivity c = draw.get(); // NB: outside the lock (drawing takes long and uses other threads)
		synchronized (CACHE) {
			CACHE.put(key, new SoftReference<>(c));
		}
		return c;
	}

	/** The key of a rule and its arguments (doubles by their exact bits). */
	static String key(final String rule, final long seed, final double... args) {
		final StringBuilder b = new StringBuilder(rule).append(':').append(seed);
		for (final double a : args)
			b.append(':').append(Long.toHexString(Double.doubleToLongBits(a)));
		return b.toString();
	}
}

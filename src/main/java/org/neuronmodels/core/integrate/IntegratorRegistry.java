package org.neuronmodels.core.integrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The integrators by name: the shared schemes ({@link Euler}, {@link Heun},
 * {@link Rk4}, {@link ExponentialEuler}, {@link Exact}) and any a model
 * registers for itself. Names are matched case-insensitively; "RK2" is an
 * alias of Heun. Model descriptors list the names they support.
 */
public final class IntegratorRegistry {

	private static final Map<String, Scheme> BY_NAME = new LinkedHashMap<>();

	static {
		for (final Scheme i : new Scheme[] { new Euler(), new Heun(), new Rk4(), new ExponentialEuler(),
			new Exact() })
			BY_NAME.put(key(i.name()), i);
	}

	private IntegratorRegistry() {}

	private static String key(final String name) {
		final String k = name.trim().toLowerCase(Locale.ROOT);
		return "rk2".equals(k) ? key(Heun.NAME) : k;
	}

	/**
	 * Adds a scheme of a model's own (e.g. Izhikevich's figure1.m loop);
	 * registering the same instance again is a no-op, another scheme under a
	 * taken name is refused.
	 */
	public static synchronized Scheme register(final Scheme integrator) {
		final Scheme old = BY_NAME.get(key(integrator.name()));
		if (old != null && old != integrator) throw new IllegalArgumentException("an integrator \"" + integrator
			.name() + "\" is already registered");
		BY_NAME.put(key(integrator.name()), integrator);
		return integrator;
	}

	/** Whether a scheme of this name (case-insensitive) is registered. */
	public static synchronized boolean has(final String name) {
		return name != null && BY_NAME.containsKey(key(name));
	}

	/** The scheme {@code name}; an unknown name fails naming {@code integrator} and listing the registered ones. */
	public static synchronized Scheme get(final String name) {
		final Scheme i = name == null ? null : BY_NAME.get(key(name));
		if (i == null) throw new InvalidParameterException("integrator", "integrator = \"" + name +
			"\" is invalid: must be one of \"" + String.join("\", \"", names()) + "\"");
		return i;
	}

	/** The registered names, the shared schemes first. */
	public static synchronized List<String> names() {
		final List<String> names = new ArrayList<>();
		for (final Scheme i : BY_NAME.values())
			names.add(i.name());
		return names;
	}
}

package org.neuronmodels.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.neuronmodels.core.InvalidParameterException;

/**
 * The models the program knows, by name (case-insensitive). Built-in models
 * are found once through {@link ServiceLoader} (each is one line of
 * {@code META-INF/services/org.neuronmodels.core.model.ModelDescriptor});
 * models built at run time are added with {@link #register}. Thread-safe.
 */
public final class ModelRegistry {

	private static final Map<String, ModelDescriptor> MODELS = new LinkedHashMap<>();

	static {
		for (final ModelDescriptor d : ServiceLoader.load(ModelDescriptor.class, ModelRegistry.class
			.getClassLoader()))
			MODELS.put(key(d.name()), d);
	}

	private ModelRegistry() {}

	/** Adds {@code model}, or replaces a model registered at run time under the same name; returns it. */
	public static synchronized ModelDescriptor register(final ModelDescriptor model) {
		final ModelDescriptor old = MODELS.get(key(model.name()));
		if (old != null && isBuiltIn(old)) {
			throw new InvalidParameterException("model", "model = \"" + model.name() + "\" is invalid: a built-in " +
				"model has that name");
		}
		MODELS.put(key(model.name()), model);
		return model;
	}

	/** Removes the run-time model {@code name} (built-in models stay); returns whether one was removed. */
	public static synchronized boolean unregister(final String name) {
		final ModelDescriptor old = MODELS.get(key(name));
		if (old == null || isBuiltIn(old)) return false;
		MODELS.remove(key(name));
		return true;
	}

	/** The model {@code name}; an unknown name fails naming {@code model} and listing the valid ones. */
	public static synchronized ModelDescriptor byName(final String name) {
		final ModelDescriptor d = MODELS.get(key(name == null ? "" : name.trim()));
		if (d == null) {
			throw new InvalidParameterException("model", "model = \"" + name + "\" is invalid: must be one of " +
				ParameterSpec.quoted(names()));
		}
		return d;
	}

	/** Whether a model {@code name} is registered. */
	public static synchronized boolean has(final String name) {
		return name != null && MODELS.containsKey(key(name.trim()));
	}

	/** The names of every registered model, built-in first. */
	public static synchronized List<String> names() {
		final List<String> names = new ArrayList<>();
		for (final ModelDescriptor d : MODELS.values())
			names.add(d.name());
		return names;
	}

	/** Every registered model, built-in first. */
	public static synchronized List<ModelDescriptor> all() {
		return new ArrayList<>(MODELS.values());
	}

	private static boolean isBuiltIn(final ModelDescriptor d) {
		for (final ModelDescriptor b : ServiceLoader.load(ModelDescriptor.class, ModelRegistry.class.getClassLoader()))
			if (b.getClass() == d.getClass()) return true;
		return false;
	}

	private static String key(final String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}
}

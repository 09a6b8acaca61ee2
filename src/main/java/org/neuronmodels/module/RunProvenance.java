package org.neuronmodels.module;

import java.io.File;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import ij.measure.ResultsTable;

import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.util.VersionUtils;

/**
 * What makes a run reproducible: the project version (and build commit), the
 * command, every user input, the random seed and the integrator. It is
 * attached to image outputs as properties (kept in TIFF files), shown as a
 * "run info" table next to table outputs in Fiji, and written to
 * {@code outputs.json} by the headless launcher; {@link #arguments()} repeats
 * the run: {@code scripts/neuron-models --headless --run "<class>" "<arguments>"}.
 */
public final class RunProvenance {

	/** Prefix of the image property keys, e.g. {@code "NeuronModels.Seed"}. */
	public static final String PREFIX = "NeuronModels.";

	private final String label;
	private final String className;
	private final Map<String, Object> inputs;

	/** The run of the command {@code label} ({@code className}) with the given inputs (name to value). */
	public RunProvenance(final String label, final String className, final Map<String, Object> inputs) {
		this.label = label;
		this.className = className;
		this.inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
	}

	/** The run of {@code module} with its current input values (files as paths). */
	public static RunProvenance of(final Module module) {
		final Map<String, Object> inputs = new LinkedHashMap<>();
		for (final ModuleItem<?> item : InputRanges.userInputs(module))
			if (isRecordable(item.getType())) inputs.put(item.getName(), recordable(item.getValue(module)));
		final String label = module.getInfo().getLabel();
		return new RunProvenance(label == null || label.isEmpty() ? module.getInfo().getTitle() : label, module
			.getDelegateObject().getClass().getName(), inputs);
	}

	/** The command's label. */
	public String label() {
		return label;
	}

	/** The command's class name. */
	public String className() {
		return className;
	}

	/** Every user input (name to value, files as path text), in declaration order. */
	public Map<String, Object> inputs() {
		return inputs;
	}

	/** The random seed: the input named "seed" or ending in "Seed", or null. */
	public Object seed() {
		return inputEndingWith("seed", "Seed");
	}

	/** The integrator: the input named "integrator" or ending in "Integrator", or null. */
	public Object integrator() {
		return inputEndingWith("integrator", "Integrator");
	}

	/** Every non-null input as a launcher argument string {@code key=value,...} (text quoted). */
	public String arguments() {
		return arguments(inputs);
	}

	/** The properties attached to images: version, build, command, class, seed, integrator, arguments, inputs. */
	public Map<String, String> properties() {
		final Map<String, String> p = new LinkedHashMap<>();
		p.put(PREFIX + "Version", projectVersion());
		final String build = projectBuild();
		if (build != null) p.put(PREFIX + "Build", build);
		p.put(PREFIX + "Command", label);
		p.put(PREFIX + "Class", className);
		if (seed() != null) p.put(PREFIX + "Seed", format(seed()));
		if (integrator() != null) p.put(PREFIX + "Integrator", format(integrator()));
		p.put(PREFIX + "Arguments", arguments());
		inputs.forEach((name, value) -> p.put(PREFIX + "Input." + name, format(value)));
		return p;
	}

	/** The same as {@link #properties()} in a results table with text columns "Key" and "Value". */
	public ResultsTable toTable() {
		final ResultsTable t = new ResultsTable();
		for (final Map.Entry<String, String> e : properties().entrySet()) {
			t.incrementCounter();
			t.addValue("Key", e.getKey().substring(PREFIX.length()));
			t.addValue("Value", e.getValue());
		}
		return t;
	}

	/** Inputs as a launcher argument string {@code key=value,...}: numbers in round-trip form, text quoted. */
	public static String arguments(final Map<String, Object> inputs) {
		final StringBuilder sb = new StringBuilder();
		inputs.forEach((name, value) -> {
			if (value == null) return;
			if (sb.length() > 0) sb.append(',');
			sb.append(name).append('=').append(literal(value));
		});
		return sb.toString();
	}

	/** A value as text: doubles in Java's shortest round-trip form, arrays as {@code [a, b]}. */
	public static String format(final Object value) {
		if (value == null) return "null";
		if (!value.getClass().isArray()) return value.toString();
		final StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < Array.getLength(value); i++) {
			if (i > 0) sb.append(", ");
			sb.append(format(Array.get(value, i)));
		}
		return sb.append(']').toString();
	}

	/** The project version from the jar manifest or the Maven POM, or "unknown". */
	public static String projectVersion() {
		String version = null;
		try {
			version = VersionUtils.getVersion(RunProvenance.class, "org.neuronmodels", "neuron-models");
		}
		catch (final RuntimeException exc) {
			// no manifest and no POM: fall through
		}
		return version == null ? "unknown" : version;
	}

	/** The source commit the jar was built from (manifest "Implementation-Build"), or null. */
	public static String projectBuild() {
		try {
			final String build = VersionUtils.getBuildNumber(RunProvenance.class);
			return build == null || build.isEmpty() ? null : build;
		}
		catch (final RuntimeException exc) {
			return null;
		}
	}

	// -- Helper methods --

	private Object inputEndingWith(final String name, final String suffix) {
		for (final Map.Entry<String, Object> e : inputs.entrySet())
			if (e.getKey().equals(name) || e.getKey().endsWith(suffix)) return e.getValue();
		return null;
	}

	/** Whether inputs of this type are recorded: numbers, booleans, text, enums, files, and arrays of them. */
	private static boolean isRecordable(final Class<?> type) {
		if (type.isArray()) return isRecordable(type.getComponentType());
		return type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class ||
			type == Character.class || CharSequence.class.isAssignableFrom(type) || type.isEnum() ||
			type == File.class || Path.class.isAssignableFrom(type);
	}

	private static Object recordable(final Object value) {
		return value instanceof File || value instanceof Path ? value.toString() : value;
	}

	private static String literal(final Object value) {
		if (value instanceof Double || value instanceof Float) {
			// NB: the parser reads NaN and Infinity only as text
			final double d = ((Number) value).doubleValue();
			return Double.isFinite(d) ? format(value) : '"' + format(value) + '"';
		}
		if (value instanceof Number || value instanceof Boolean) return format(value);
		if (value.getClass().isArray()) {
			final StringBuilder sb = new StringBuilder("[");
			for (int i = 0; i < Array.getLength(value); i++) {
				if (i > 0) sb.append(", ");
				sb.append(literal(Array.get(value, i)));
			}
			return sb.append(']').toString();
		}
		return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}

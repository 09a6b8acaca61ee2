package org.neuronmodels.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Everything the program knows about one neuron model, in one place: its
 * name, the unit of its input current, its parameters (field name, label,
 * unit, default, range, description), state variables, presets, initial
 * state, the integrators it supports, and the block step kernel
 * ({@link #population}) that builds {@code n} neurons advancing together.
 * Built-in models are subclasses in their own {@code core.<model>} package
 * whose compile-time constants the commands' annotations reference; models
 * built at run time subclass it too and {@link ModelRegistry#register register}.
 */
public abstract class ModelDescriptor {

	/** The text meaning "the model's default" for {@code preset} and {@code integrator} inputs. */
	public static final String MODEL_DEFAULT = "Model default";

	private final String name, currentUnit;
	private final double defaultDt;
	private final List<ParameterSpec> parameters;
	private final List<StateVariable> state;
	private final List<Preset> presets;
	private final List<String> integrators;

	/**
	 * A model {@code name} driven by currents in {@code currentUnit}, stepping by
	 * {@code defaultDt} ms unless told otherwise; {@code integrators} lists the
	 * supported schemes by their {@link IntegratorRegistry} name ({@link Integrators}
	 * holds the shared ones' names), the default first.
	 */
	protected ModelDescriptor(final String name, final String currentUnit, final double defaultDt,
		final List<ParameterSpec> parameters, final List<StateVariable> state, final List<Preset> presets,
		final List<String> integrators)
	{
		if (integrators.isEmpty()) throw new IllegalArgumentException(name + " lists no integrator");
		for (final String i : integrators)
			if (!IntegratorRegistry.has(i)) throw new IllegalArgumentException(name + " lists integrator \"" + i +
				"\", which is not registered (IntegratorRegistry.register it first)");
		this.name = name;
		this.currentUnit = currentUnit;
		this.defaultDt = defaultDt;
		this.parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
		this.state = Collections.unmodifiableList(new ArrayList<>(state));
		this.presets = Collections.unmodifiableList(new ArrayList<>(presets));
		this.integrators = Collections.unmodifiableList(new ArrayList<>(integrators));
		for (final Preset p : presets)
			for (final Map.Entry<String, Object> e : p.values().entrySet())
				parameter(e.getKey()).check(e.getValue());
	}

	/** The model's name, as in the {@code model} input, e.g. {@code "LIF"}. */
	public final String name() {
		return name;
	}

	/** The unit of the injected current: {@code "nA"}, {@code "µA/cm²"}, or the model's own. */
	public final String currentUnit() {
		return currentUnit;
	}

	/** The default time step in ms. */
	public final double defaultDt() {
		return defaultDt;
	}

	/** The parameter specs, in dialog order. */
	public final List<ParameterSpec> parameters() {
		return parameters;
	}

	/** The parameter names, in dialog order. */
	public final List<String> parameterNames() {
		final List<String> names = new ArrayList<>();
		for (final ParameterSpec s : parameters)
			names.add(s.name());
		return names;
	}

	/** The spec of parameter {@code name}; an unknown name fails listing the valid ones. */
	public final ParameterSpec parameter(final String name) {
		for (final ParameterSpec s : parameters)
			if (s.name().equals(name)) return s;
		throw new InvalidParameterException("modelParameters", "modelParameters is invalid: " + this.name +
			" has no parameter \"" + name + "\"; valid names: " + String.join(", ", parameterNames()));
	}

	/** The state variables; index 0 is the membrane potential. */
	public final List<StateVariable> stateVariables() {
		return state;
	}

	/** The presets (may be empty). */
	public final List<Preset> presets() {
		return presets;
	}

	/** The preset names. */
	public final List<String> presetNames() {
		final List<String> names = new ArrayList<>();
		for (final Preset p : presets)
			names.add(p.name());
		return names;
	}

	/**
	 * The preset {@code name} (case-insensitive), or null for blank or
	 * {@link #MODEL_DEFAULT} (the parameter defaults); an unknown name fails
	 * naming {@code preset} and listing the valid ones.
	 */
	public final Preset preset(final String name) {
		final String n = name == null ? "" : name.trim();
		if (n.isEmpty() || n.equalsIgnoreCase(MODEL_DEFAULT)) return null;
		for (final Preset p : presets)
			if (p.name().equalsIgnoreCase(n)) return p;
		throw new InvalidParameterException("preset", "preset = \"" + name + "\" is invalid for " + this.name +
			": must be one of " + ParameterSpec.quoted(presetNames()) + " or \"" + MODEL_DEFAULT + "\"");
	}

	/** The supported integrators by name; the first is the default. */
	public final List<String> integrators() {
		return integrators;
	}

	/** The integrator {@code name} as spelled here; blank or {@link #MODEL_DEFAULT} gives the default. */
	public final String integrator(final String name) {
		final String n = name == null ? "" : name.trim();
		if (n.isEmpty() || n.equalsIgnoreCase(MODEL_DEFAULT)) return integrators.get(0);
		for (final String i : integrators)
			if (i.equalsIgnoreCase(n)) return i;
		throw new InvalidParameterException("integrator", "integrator = \"" + name + "\" is invalid for " +
			this.name + ": must be one of " + ParameterSpec.quoted(integrators));
	}

	/** The registered scheme of integrator {@code name} (one of {@link #integrators()}; blank: the default). */
	public final Scheme scheme(final String name) {
		return IntegratorRegistry.get(integrator(name));
	}

	/** Every parameter at its default. */
	public final ParameterValues defaults() {
		final ParameterValues p = new ParameterValues();
		for (final ParameterSpec s : parameters)
			p.set(s.name(), s.defaultValue());
		return p;
	}

	/**
	 * The defaults, overridden by {@code preset} (blank: none), overridden by
	 * {@code text} ({@code "tauM=10, tRef=2"}); every value checked against its
	 * spec, then the whole set by {@link #validate}.
	 */
	public final ParameterValues values(final String preset, final String text) {
		final ParameterValues p = defaults();
		final Preset chosen = preset(preset);
		if (chosen != null) for (final Map.Entry<String, Object> e : chosen.values().entrySet())
			p.set(e.getKey(), e.getValue());
		for (final Map.Entry<String, String> e : ParameterText.parse(text).entrySet())
			p.set(e.getKey(), ParameterText.value(parameter(e.getKey()), e.getValue()));
		validate(p);
		return p;
	}

	/** Checks every parameter against its spec, then the model's own rules ({@link #checkModel}). */
	public final void validate(final ParameterValues p) {
		for (final ParameterSpec s : parameters)
			p.set(s.name(), s.check(p.has(s.name()) ? p.asMap().get(s.name()) : null));
		for (final String given : p.asMap().keySet())
			parameter(given);
		checkModel(p);
	}

	/** The model's rules across parameters (e.g. reset below threshold); none by default. */
	protected void checkModel(final ParameterValues p) {}

	/** Checks the time step against the parameters (e.g. {@code dt ≤ τ_m}); by default only {@code dt > 0}. */
	public void checkStep(final ParameterValues p, final double dt) {
		Checks.positive("dt", "ms", dt);
	}

	/** The time step: {@code dt} if given (not NaN), else the preset's, else {@link #defaultDt()}. */
	public final double dt(final double dt, final String preset) {
		if (!Double.isNaN(dt)) return dt;
		final Preset p = preset(preset);
		return p != null && !Double.isNaN(p.dt()) ? p.dt() : defaultDt;
	}

	/** The initial value of every state variable, in {@link #stateVariables()} order. */
	public abstract double[] initialState(ParameterValues p);

	/**
	 * The block step kernel: {@code n} identical neurons with these (validated)
	 * parameters, at {@link #initialState}, advancing by {@code dt} ms with
	 * {@code integrator} (one of {@link #integrators()}).
	 */
	public abstract SpikingPopulation population(ParameterValues p, int n, double dt, String integrator);

	/** Locates threshold crossings inside a step of {@code population}, or null if the model cannot. */
	public CrossingTimer crossingTimer(final SpikingPopulation population, final ParameterValues p, final double dt,
		final String integrator)
	{
		return null;
	}

	/** The analytic f–I rate and rheobase for constant input, or null if the model has none. */
	public FiTheory theory(final ParameterValues p) {
		return null;
	}

	@Override
	public String toString() {
		return name;
	}
}

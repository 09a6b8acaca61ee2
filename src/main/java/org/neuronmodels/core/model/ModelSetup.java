package org.neuronmodels.core.model;

import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * One model ready to run: the descriptor with checked parameter values, time
 * step and integrator, as resolved from the {@code model}, {@code preset},
 * {@code modelParameters}, {@code dt} and {@code integrator} inputs.
 */
public final class ModelSetup {

	private final ModelDescriptor model;
	private final ParameterValues parameters;
	private final double dt;
	private final String integrator;

	private ModelSetup(final ModelDescriptor model, final ParameterValues parameters, final double dt,
		final String integrator)
	{
		this.model = model;
		this.parameters = parameters;
		this.dt = dt;
		this.integrator = integrator;
	}

	/**
	 * Resolves and checks the inputs: the registered model {@code model},
	 * {@code preset} (blank or {@link ModelDescriptor#MODEL_DEFAULT}: defaults),
	 * {@code modelParameters} text, {@code dt} (NaN: the preset's or model's) and
	 * {@code integrator} (blank or Model default: the model's default).
	 */
	public static ModelSetup of(final String model, final String preset, final String modelParameters,
		final double dt, final String integrator)
	{
		return of(ModelRegistry.byName(model), preset, modelParameters, dt, integrator);
	}

	/** As {@link #of(String, String, String, double, String)} for a descriptor at hand. */
	public static ModelSetup of(final ModelDescriptor model, final String preset, final String modelParameters,
		final double dt, final String integrator)
	{
		final ParameterValues p = model.values(preset, modelParameters);
		final String scheme = model.integrator(integrator);
		final double step = model.dt(dt, preset);
		model.checkStep(p, step);
		return new ModelSetup(model, p, step, scheme);
	}

	/** The model. */
	public ModelDescriptor model() {
		return model;
	}

	/** The checked parameter values (do not modify). */
	public ParameterValues parameters() {
		return parameters;
	}

	/** The time step in ms. */
	public double dt() {
		return dt;
	}

	/** The integrator's name. */
	public String integrator() {
		return integrator;
	}

	/** {@code n} identical neurons at the model's initial state. */
	public SpikingPopulation population(final int n) {
		return model.population(parameters, n, dt, integrator);
	}

	/** The crossing timer of {@code population} (built by {@link #population}), or null. */
	public CrossingTimer crossingTimer(final SpikingPopulation population) {
		return model.crossingTimer(population, parameters, dt, integrator);
	}

	/** The analytic f–I theory, or null. */
	public FiTheory theory() {
		return model.theory(parameters);
	}
}

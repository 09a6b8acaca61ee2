package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.FiTheory;
import org.neuronmodels.core.model.ParameterValues;
import java.util.List;

/**
 * One neuron model as the f–I machinery sees it: which parameters it reads
 * (the field names of its own command), how to check them, and how to build a
 * population of {@code n} identical neurons at rest. Adding a model to the f–I
 * curve is one implementation of this interface, listed in {@link FiModels}.
 */
public interface FiModel {

	/** The label of the model in the {@code model} choice, e.g. {@code "LIF"}. */
	String label();

	/** The unit of the injected current: {@code "nA"}, or {@code "µA/cm²"} for models per membrane area. */
	String currentUnit();

	/** The parameter names this model reads, as in its own command. */
	List<String> parameterNames();

	/**
	 * The default of parameter {@code name} (a {@link Double} or a {@link String}):
	 * the initial value of the field in the model's own command. {@code given}
	 * holds the values set so far (e.g. the Hodgkin-Huxley convention decides
	 * the reversal potentials).
	 */
	Object defaultValue(String name, ParameterValues given);

	/** Checks every parameter; errors name the field, its unit and the allowed range. */
	void validate(ParameterValues parameters);

	/** The time step in ms. */
	double dt(ParameterValues parameters);

	/** {@code n} neurons at rest with these (validated) parameters. */
	FiNeurons create(ParameterValues parameters, int n);

	/** The analytic rate and rheobase for constant input, or null if the model has none. */
	default FiTheory theory(final ParameterValues parameters) {
		return null;
	}
}

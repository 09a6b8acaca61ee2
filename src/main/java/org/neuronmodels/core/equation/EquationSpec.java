package org.neuronmodels.core.equation;

/**
 * The text inputs that define an equation model, as a user types them (the
 * field names are the command's input names).
 */
public final class EquationSpec {

	/** Differential equations, sub-expressions and declarations, one per line. */
	public String equations = "";
	/** Spike condition, e.g. {@code v > vTh}; empty: no spikes. */
	public String threshold = "";
	/** Statements run after a spike, e.g. {@code v = vReset; w += b}. */
	public String reset = "";
	/** Refractory period, e.g. {@code 2*ms} or a parameter name; empty: none. */
	public String refractory = "";
	/** {@code name = value*unit}, separated by commas or new lines. */
	public String parameters = "";
	/** Start values {@code name = value*unit}; a state variable not listed starts at 0. */
	public String initialValues = "";

	/** An empty spec. */
	public EquationSpec() {}

	/** A spec with every text input. */
	public EquationSpec(final String equations, final String threshold, final String reset,
		final String refractory, final String parameters, final String initialValues)
	{
		this.equations = equations;
		this.threshold = threshold;
		this.reset = reset;
		this.refractory = refractory;
		this.parameters = parameters;
		this.initialValues = initialValues;
	}

	/** A copy of this spec. */
	public EquationSpec copy() {
		return new EquationSpec(equations, threshold, reset, refractory, parameters, initialValues);
	}
}

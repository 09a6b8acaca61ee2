package org.neuronmodels.core.equation;

import java.util.Collections;
import java.util.List;

/**
 * A checked equation model: state variables with their lowered right-hand
 * sides (see {@link Lowering}; names left are state variables, parameters,
 * {@code I}, {@code t}, {@code dt} and noise {@code xi…}), threshold, reset,
 * refractory period, parameters with their values, and start values. Built by
 * {@link ModelCompiler#compile}; every dimension has been checked.
 */
public final class EquationModel {

	/** A reset statement {@code target op value}. */
	public static final class Reset {

		/** Index of the state variable assigned. */
		public final int target;
		/** "=", "+=", "-=", "*=" or "/=". */
		public final String op;
		/** The lowered right-hand side. */
		public final Expr value;

		Reset(final int target, final String op, final Expr value) {
			this.target = target;
			this.op = op;
			this.value = value;
		}
	}

	final List<String> states;
	final List<Dimension> stateDimensions;
	final List<Expr> rates;
	final boolean[] clamped;
	final Expr threshold;
	final List<Reset> reset;
	final Expr refractory;
	final List<String> parameters;
	final List<Dimension> parameterDimensions;
	final double[] parameterValues;
	final List<Expr> initial;
	final double inputScale;
	final String inputUnit;

	EquationModel(final List<String> states, final List<Dimension> stateDimensions, final List<Expr> rates,
		final boolean[] clamped, final Expr threshold, final List<Reset> reset, final Expr refractory,
		final List<String> parameters, final List<Dimension> parameterDimensions, final double[] parameterValues,
		final List<Expr> initial, final double inputScale, final String inputUnit)
	{
		this.states = states;
		this.stateDimensions = stateDimensions;
		this.rates = rates;
		this.clamped = clamped;
		this.threshold = threshold;
		this.reset = reset;
		this.refractory = refractory;
		this.parameters = parameters;
		this.parameterDimensions = parameterDimensions;
		this.parameterValues = parameterValues;
		this.initial = initial;
		this.inputScale = inputScale;
		this.inputUnit = inputUnit;
	}

	/** The state variable names, in the order of the equations. */
	public List<String> states() {
		return Collections.unmodifiableList(states);
	}

	/** The internal unit of each state variable (e.g. "mV", "nA"). */
	public String[] stateUnits() {
		final String[] u = new String[states.size()];
		for (int i = 0; i < u.length; i++)
			u[i] = Units.internalName(stateDimensions.get(i));
		return u;
	}

	/** The dimension of state variable {@code i}. */
	public Dimension stateDimension(final int i) {
		return stateDimensions.get(i);
	}

	/** The parameter names, in the order given. */
	public List<String> parameters() {
		return Collections.unmodifiableList(parameters);
	}

	/** The value of every parameter in internal units, parallel to {@link #parameters()}. */
	public double[] parameterValues() {
		return parameterValues.clone();
	}

	/** The internal unit of parameter {@code i} (e.g. "ms"). */
	public String parameterUnit(final int i) {
		return Units.internalName(parameterDimensions.get(i));
	}

	/** The index of parameter {@code name}, or -1. */
	public int parameterIndex(final String name) {
		return parameters.indexOf(name);
	}

	/** Whether the model has a threshold (can spike). */
	public boolean hasThreshold() {
		return threshold != null;
	}

	/** The unit of the stimulus I as the user gives it: "nA" or the unit declared by {@code I : …}. */
	public String inputUnit() {
		return inputUnit;
	}

	/** Whether any equation uses white noise {@code xi}. */
	public boolean hasNoise() {
		for (final Expr r : rates)
			if (Linear.mentions(r, Linear::isNoise)) return true;
		return false;
	}
}

package org.neuronmodels.core.equation;

import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.equation.codegen.EquationKernel;
import org.neuronmodels.core.equation.codegen.KernelGenerator;
import org.neuronmodels.core.random.RandomStream;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Neurons of one equation model, structure-of-arrays, advanced by the
 * model's generated block step ({@link KernelGenerator}). Each neuron has its
 * own value of every parameter (so a sweep is one population). Values that
 * depend on parameters and dt only are computed once here. Index 0 of the
 * recorded variables is the first state variable of the equations.
 */
public final class EquationPopulation implements SpikingPopulation {

	private final StepProgram program;
	private final int n;
	private final double dt;
	private final double[][] state;
	private final EquationKernel kernel;
	private long steps;

	/**
	 * {@code n} neurons of {@code program} with {@code parameters[p][i]} the value
	 * of parameter {@code p} for neuron {@code i} (internal units), advancing by
	 * {@code dt} ms; {@code seed} drives the white noise.
	 */
	public EquationPopulation(final StepProgram program, final double[][] parameters, final double dt,
		final long seed)
	{
		this.program = program;
		this.dt = Checks.positive("dt", "ms", dt);
		final EquationModel model = program.model;
		if (parameters.length != model.parameters.size()) throw new IllegalArgumentException(
			"one row per parameter expected");
		this.n = parameters.length == 0 ? 1 : parameters[0].length;
		for (int p = 0; p < parameters.length; p++)
			for (int i = 0; i < n; i++)
				Checks.finite(model.parameters.get(p), model.parameterUnit(p), parameters[p][i]);
		final List<Expr> hoistedExprs = program.hoisted;
		final double[][] hoisted = new double[hoistedExprs.size()][n];
		final int[] refractorySteps = new int[n];
		state = new double[model.states.size()][n];
		for (int i = 0; i < n; i++) {
			final int neuron = i;
			final java.util.function.ToDoubleFunction<String> names = name -> name.equals("dt") ? dt
				: parameters[model.parameters.indexOf(name)][neuron];
			for (int h = 0; h < hoisted.length; h++)
				hoisted[h][i] = Evaluator.value(hoistedExprs.get(h), names);
			if (model.refractory != null) {
				final double r = Evaluator.value(model.refractory, names);
				if (!(r >= 0 && r < 1e9)) throw Checks.invalid("refractory", "ms", r, "must be >= 0 ms");
				refractorySteps[i] = (int) Math.round(r / dt);
			}
			for (int j = 0; j < state.length; j++)
				state[j][i] = Checks.finite("initialValues", model.stateUnits()[j], Evaluator.value(model.initial
					.get(j), names));
		}
		kernel = KernelGenerator.instantiate(program);
		kernel.bind(state, parameters, hoisted, new int[n], refractorySteps, dt, RandomStream.of(seed));
	}

	@Override
	public int size() {
		return n;
	}

	@Override
	public double dt() {
		return dt;
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		return kernel.step(input, steps++ * dt, spiked);
	}

	@Override
	public double[] voltage() {
		return state[0];
	}

	@Override
	public String[] variables() {
		return program.model.states.toArray(new String[0]);
	}

	@Override
	public String[] variableUnits() {
		return program.model.stateUnits();
	}

	@Override
	public double[] variable(final int index) {
		return state[index];
	}

	@Override
	public double[] voltageBounds() {
		return program.model.stateDimensions.get(0).equals(Dimension.VOLTAGE) ? new double[] { -1000, 1000 }
			: new double[] { -Double.MAX_VALUE, Double.MAX_VALUE };
	}
}

package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * An equation model as a model descriptor built at run time, so that every
 * place that takes a model by name (f–I Curve, sweeps of the f–I Curve by
 * parameter name) takes it: its parameters are the equations' parameters (in
 * the suite's units, e.g. {@code tau} in ms), its state variables the
 * equations' ones, its integrators the registry schemes the code generator emits
 * (Euler, Heun, RK4, Exponential Euler) that the equations allow (the chosen one first). {@link #register} puts it into the
 * {@link ModelRegistry} as {@value #NAME}, replacing the previous one.
 */
public final class EquationModelDescriptor extends ModelDescriptor {

	/** The registry name of the current equation model. */
	public static final String NAME = "Equation";

	/** The largest time step an equation model accepts, ms (a command annotation constant). */
	public static final String DT_MAX = "100";

	private static final String RANGE = "1e300";

	private final EquationModel model;

	private EquationModelDescriptor(final EquationModel model, final List<String> integrators) {
		super(NAME, model.inputUnit(), 0.1, specs(model), states(model), Collections.emptyList(), integrators);
		this.model = model;
	}

	/** The descriptor of {@code spec} with {@code integrator} as its default; throws on any bad input. */
	public static EquationModelDescriptor of(final EquationSpec spec, final String integrator) {
		final EquationModel model = ModelCompiler.compile(spec);
		final String first = GeneratedSchemes.name(integrator);
		StepProgram.of(model, first); // refuses what the chosen integrator cannot do
		final List<String> names = new ArrayList<>();
		names.add(first);
		for (final String i : GeneratedSchemes.NAMES)
			if (!i.equals(first) && allows(model, i)) names.add(i);
		return new EquationModelDescriptor(model, names);
	}

	/** Builds the descriptor of {@code spec} and registers it as {@value #NAME}; returns it. */
	public static EquationModelDescriptor register(final EquationSpec spec, final String integrator) {
		final EquationModelDescriptor d = of(spec, integrator);
		ModelRegistry.register(d);
		return d;
	}

	/**
	 * The registry name (see {@link org.neuronmodels.core.model.Integrators}) of {@code label} if equation
	 * models can use it: Euler, Heun (or RK2), RK4, Exponential Euler, any case; fails naming {@code integrator}.
	 */
	public static String integratorName(final String label) {
		return GeneratedSchemes.name(label);
	}

	private static boolean allows(final EquationModel model, final String i) {
		try {
			StepProgram.of(model, i);
			return true;
		}
		catch (final org.neuronmodels.core.InvalidParameterException e) {
			return false;
		}
	}

	private static List<ParameterSpec> specs(final EquationModel m) {
		final List<ParameterSpec> list = new ArrayList<>();
		for (int p = 0; p < m.parameters.size(); p++)
			list.add(ParameterSpec.number(m.parameters.get(p), m.parameters.get(p) + " (" + m.parameterUnit(p) + ")",
				m.parameterUnit(p), m.parameterValues[p], "-" + RANGE, RANGE, "Parameter of the equations, in " + m
					.parameterUnit(p) + "."));
		return list;
	}

	private static List<StateVariable> states(final EquationModel m) {
		final List<StateVariable> list = new ArrayList<>();
		final String[] units = m.stateUnits();
		for (int j = 0; j < units.length; j++)
			list.add(new StateVariable(m.states.get(j), units[j]));
		return list;
	}

	/** Whether the equations use white noise {@code xi}. */
	public boolean hasNoise() {
		return model.hasNoise();
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		final double[] x = new double[model.states.size()];
		for (int j = 0; j < x.length; j++)
			x[j] = Evaluator.value(model.initial.get(j), p::number);
		return x;
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		final StepProgram program = StepProgram.of(model, integrator(integrator));
		final double[][] values = new double[model.parameters.size()][n];
		for (int k = 0; k < values.length; k++)
			java.util.Arrays.fill(values[k], p.number(model.parameters.get(k)));
		return new EquationPopulation(program, values, dt, 1);
	}
}

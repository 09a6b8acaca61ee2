package org.neuronmodels.core.equation;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * One equation neuron (or a population sharing one stimulus) run through the
 * shared simulation loop: compile and check everything, then run.
 */
public final class EquationSimulation {

	private EquationSimulation() {}

	/**
	 * Checks {@code spec} with {@code integrator} and the time grid; returns
	 * the step program (the generated class is made when a population is built).
	 */
	public static StepProgram check(final EquationSpec spec, final String integrator, final double dt,
		final double duration)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final StepProgram program = StepProgram.of(ModelCompiler.compile(spec), integrator);
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(1, program.states().size(), grid
			.steps()), "duration", "a run of " + grid.steps() + " steps (input samples and traces)");
		return program;
	}

	/** Runs one neuron of {@code spec} for {@code duration} ms with step {@code dt}, recording every state variable. */
	public static SimulationResult run(final EquationSpec spec, final String integrator, final double dt,
		final double duration, final Stimulus stimulus, final long seed, final ProgressMonitor monitor)
	{
		return run(check(spec, integrator, dt, duration), 1, dt, duration, stimulus, seed, monitor);
	}

	/** Runs {@code n} identical neurons of a checked program, recording neuron 0; {@code seed} drives xi. */
	public static SimulationResult run(final StepProgram program, final int n, final double dt,
		final double duration, final Stimulus stimulus, final long seed, final ProgressMonitor monitor)
	{
		return run(program, n, dt, duration, stimulus, seed, Recording.of(0), monitor);
	}

	/** Runs {@code n} identical neurons of a checked program, recording as asked; {@code seed} drives xi. */
	public static SimulationResult run(final StepProgram program, final int n, final double dt,
		final double duration, final Stimulus stimulus, final long seed, final Recording recording,
		final ProgressMonitor monitor)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final EquationPopulation population = new EquationPopulation(program, uniform(program.model, n), dt,
			seed);
		return Simulation.run(population, CurrentInput.shared(stimulus.sample(grid)), grid, recording, monitor);
	}

	/** A few lines describing the compiled model: state variables, parameters in internal units, integrator. */
	public static String summary(final StepProgram program, final String integrator) {
		final EquationModel m = program.model;
		final StringBuilder b = new StringBuilder("State variables: ");
		final String[] units = m.stateUnits();
		for (int j = 0; j < units.length; j++)
			b.append(j == 0 ? "" : ", ").append(m.states.get(j)).append(" (").append(units[j]).append(')');
		b.append("\nParameters (internal units): ");
		for (int p = 0; p < m.parameters.size(); p++)
			b.append(p == 0 ? "" : ", ").append(m.parameters.get(p)).append(" = ").append(org.neuronmodels.core
				.Checks.fmt(m.parameterValues[p])).append(' ').append(m.parameterUnit(p));
		b.append("\nStimulus I in ").append(m.inputUnit).append("; integrator ").append(GeneratedSchemes.name(integrator))
			.append("; ").append(program.hoisted.size()).append(" value(s) precomputed per neuron");
		return b.toString();
	}

	/** The model's parameter values for {@code n} neurons, {@code [parameter][neuron]}. */
	public static double[][] uniform(final EquationModel model, final int n) {
		final double[][] p = new double[model.parameterValues.length][n];
		for (int k = 0; k < p.length; k++)
			java.util.Arrays.fill(p[k], model.parameterValues[k]);
		return p;
	}
}

package org.neuronmodels.service;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.equation.EquationFile;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.core.equation.EquationSimulation;
import org.neuronmodels.core.equation.StepProgram;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimulus;

/** The checks and runs of {@link ModelRun}, and the files of its equation models. */
final class ModelRuns {

	private ModelRuns() {}

	/** See {@link ModelRun#check()}. */
	static TimeGrid check(final ModelRun r) {
		if (r.spec != null) {
			final TimeGrid grid = TimeGrid.of(r.duration, equationDt(r));
			Checks.inRange("neurons", r.neurons, 1, Integer.MAX_VALUE);
			program(r);
			return grid;
		}
		final TimeGrid grid = TimeGrid.of(r.duration, r.descriptor().dt(r.dt, r.preset));
		Checks.inRange("neurons", r.neurons, 1, Integer.MAX_VALUE);
		r.setup();
		final Recording recording = recording(r);
		recording.checkAgainst(r.neurons);
		final int samples = recording.samples(grid.steps());
		MemoryBudget.require(8.0 * grid.steps() + TraceRecord.bytesNeeded(recording.neurons().length, r.descriptor()
			.stateVariables().size(), samples), "duration", "a run of " + grid.steps() +
				" steps (input samples and traces)");
		return grid;
	}

	/** See {@link ModelRun#run()}. */
	static SimulationResult run(final ModelRun r) {
		if (r.spec != null) {
			final TimeGrid grid = TimeGrid.of(r.duration, equationDt(r));
			Checks.inRange("neurons", r.neurons, 1, Integer.MAX_VALUE);
			return EquationSimulation.run(program(r), r.neurons, grid.dt(), r.duration, input(r), r.seed, recording(
				r), r.monitor);
		}
		final TimeGrid grid = check(r);
		final ModelSetup s = r.setup();
		return Simulation.run(s.population(r.neurons), CurrentInput.shared(input(r).sample(grid)), grid, recording(
			r), r.monitor);
	}

	/** Equation models: the equations compiled and checked with the integrator, step and duration. */
	static StepProgram program(final ModelRun r) {
		return EquationSimulation.check(r.spec, r.descriptor().integrator(r.integrator),
			equationDt(r), r.duration);
	}

	private static double equationDt(final ModelRun r) {
		return Double.isNaN(r.dt) ? r.descriptor().defaultDt() : r.dt;
	}

	private static Recording recording(final ModelRun r) {
		return Recording.of(0).every(r.recordEvery);
	}

	private static Stimulus input(final ModelRun r) {
		return r.stimulus != null ? r.stimulus : g -> new double[g.steps()];
	}

	static Map<String, String> load(final EquationSpec spec, final ModelRun run, final String field,
		final File file)
	{
		final Map<String, String> s = EquationFile.read(field, file == null ? null : file.toPath());
		spec.equations = s.get("equations");
		spec.threshold = s.get("threshold");
		spec.reset = s.get("reset");
		spec.refractory = s.get("refractory");
		spec.parameters = s.get("parameters");
		spec.initialValues = s.get("initialValues");
		if (!s.get("integrator").isEmpty()) {
			s.put("integrator", EquationModelDescriptor.integratorName(s.get("integrator")));
			run.integrator(s.get("integrator"));
		}
		return s;
	}

	static void save(final EquationSpec spec, final String integrator, final String field, final File file) {
		try {
			EquationFile.write(file.toPath(), spec, integrator);
		}
		catch (final IOException e) {
			throw new InvalidParameterException(field, field + " = \"" + file + "\" cannot be written: " + e
				.getMessage());
		}
	}

	static List<String> names(final List<StateVariable> variables) {
		final List<String> names = new ArrayList<>();
		for (final StateVariable v : variables)
			names.add(v.name());
		return names;
	}
}

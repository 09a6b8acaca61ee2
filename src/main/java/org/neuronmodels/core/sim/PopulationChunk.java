package org.neuronmodels.core.sim;

import org.neuronmodels.core.record.TraceRecord;

/**
 * One {@link SpikingPopulation} as a chunk of the {@link StepLoop}: per step,
 * the external input, the recording of the traces (state at the start of the
 * step and the step's input, every {@code every}-th step), the population step,
 * what the caller does with the spikes ({@link StepHook}), and the blow-up
 * check. No allocation per step. Blow-up is a voltage outside the model's
 * {@link SpikingPopulation#voltageBounds() bounds} (NaN included) or, when all
 * variables are checked, any other state variable that is NaN or infinite.
 */
public final class PopulationChunk implements StepLoop.Chunk {

	/** What a run does around each population step. */
	public interface StepHook {

		/** Called with the step's input just before the population advances through step {@code k}. */
		default void before(final int k, final double[] input) {}

		/** Called after step {@code k} with the {@code fired} neurons listed in {@code spiked}. */
		void after(int k, int[] spiked, int fired, double[] input);
	}

	private final SpikingPopulation population;
	private final CurrentInput input;
	private final TraceRecord traces;
	private final int every;
	private final StepHook hook;
	private final boolean allVariables;
	private final Fault fault = new Fault();
	private final double[] in;
	private final int[] spiked;
	private final double[][] state;
	private final String[] variables, units;
	private final double lo, hi, dt;

	/**
	 * {@code population} driven by {@code input}, recording into {@code traces}
	 * (null: none) every {@code every} steps; {@code allVariables}: check every
	 * state variable for blow-up, not only the voltage; {@code dt}: the run's time step (ms).
	 */
	public PopulationChunk(final SpikingPopulation population, final CurrentInput input, final double dt,
		final TraceRecord traces, final int every, final StepHook hook, final boolean allVariables)
	{
		this.population = population;
		this.input = input;
		this.traces = traces;
		this.every = every;
		this.hook = hook;
		this.allVariables = allVariables;
		final int n = population.size();
		this.in = new double[n];
		this.spiked = new int[n];
		this.variables = population.variables();
		this.units = population.variableUnits();
		this.state = new double[variables.length][];
		for (int v = 0; v < state.length; v++)
			state[v] = population.variable(v);
		final double[] bounds = population.voltageBounds();
		this.lo = bounds[0];
		this.hi = bounds[1];
		this.dt = dt;
	}

	@Override
	public void step(final int k) {
		input.currents(k, in);
		if (traces != null && k % every == 0) traces.store(k / every, k * dt, state, in);
		hook.before(k, in);
		final int fired = population.step(in, spiked);
		hook.after(k, spiked, fired, in);
		Fault.check(fault, state, variables, units, lo, hi, 0, in.length, 0, (k + 1) * dt, allVariables);
	}

	@Override
	public Fault fault() {
		return fault;
	}
}

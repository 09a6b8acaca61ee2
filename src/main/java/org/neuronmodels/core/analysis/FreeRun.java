package org.neuronmodels.core.analysis;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.PopulationChunk;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.StepLoop;

/** Re-simulates a fitted LIF neuron freely (spikes from its own threshold) with a trace's current. */
final class FreeRun {

	private FreeRun() {}

	/** The voltage at every sample, starting from {@code V_0}; {E, R, V_reset, V_0} in {@code x}. */
	static double[] voltage(final VoltageTrace trace, final double[] x, final double tau, final int hold,
		final double threshold)
	{
		final boolean spikes = Double.isFinite(threshold);
		final LifParameters p = LifParameters.uniform(1, x[0], spikes ? x[2] : x[0] - 1, spikes ? threshold : 200,
			x[1], tau, hold * trace.dt());
		final LifPopulation neuron;
		try {
			neuron = new LifPopulation(p, trace.dt(), Integrators.EXACT);
			neuron.setVoltage(0, x[3]);
		}
		catch (final InvalidParameterException e) {
			throw new InvalidParameterException("voltageColumn", "voltageColumn: the trace does not look like a LIF " +
				"neuron: the fitted parameters are invalid (" + e.getMessage() + ")");
		}
		final double[] v = trace.voltage(), current = trace.current(), out = new double[v.length];
		// the shared loop (one chunk, this thread): record V at the start of step k, then step with current[k]
		final double[] voltage = neuron.voltage();
		final PopulationChunk.StepHook record = new PopulationChunk.StepHook() {

			@Override
			public void before(final int k, final double[] in) {
				out[k] = voltage[0];
			}

			@Override
			public void after(final int k, final int[] spiked, final int fired, final double[] in) {}
		};
		final CurrentInput input = (k, in) -> in[0] = current[k];
		new StepLoop(new StepLoop.Chunk[] { new PopulationChunk(neuron, input, trace.dt(), null, 1, record, false) },
			1, v.length, trace.dt(), ProgressMonitor.NONE).run();
		return out;
	}
}

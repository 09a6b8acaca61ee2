package org.neuronmodels.core.analysis;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.lif.LifIntegrator;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;

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
			neuron = new LifPopulation(p, trace.dt(), LifIntegrator.EXACT);
			neuron.setVoltage(0, x[3]);
		}
		catch (final InvalidParameterException e) {
			throw new InvalidParameterException("voltageColumn", "voltageColumn: the trace does not look like a LIF " +
				"neuron: the fitted parameters are invalid (" + e.getMessage() + ")");
		}
		final double[] v = trace.voltage(), current = trace.current(), out = new double[v.length];
		final double[] in = new double[1];
		final int[] spiked = new int[1];
		for (int k = 0; k < v.length; k++) {
			out[k] = neuron.voltage()[0];
			in[0] = current[k];
			neuron.step(in, spiked);
		}
		return out;
	}
}

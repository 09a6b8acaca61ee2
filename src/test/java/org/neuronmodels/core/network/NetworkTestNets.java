package org.neuronmodels.core.network;

import org.neuronmodels.core.lif.LifParameters;

/** Small networks for the engine tests. */
final class NetworkTestNets {

	private NetworkTestNets() {}

	/** A LIF neuron (−70/−55/−70 mV, R 10 MΩ, τ 10 ms) driven by a 10 nA pulse over [5, 7) ms, so it fires once. */
	static LifNetworkPopulation driver(final Network net, final double dt, final int steps,
		final SynapseChannel channel)
	{
		final LifNetworkPopulation d = net.add(new LifNetworkPopulation("driver", LifParameters.uniform(1, -70, -70,
			-55, 10, 10, 50), new double[1], channel));
		final double[] pulse = new double[steps];
		for (int k = 0; k < steps; k++)
			pulse[k] = k * dt >= 5 - 1e-9 && k * dt < 7 - 1e-9 ? 10 : 0;
		d.setStimulus(pulse, new double[] { 1 });
		return d;
	}

	/** {@code n} LIF neurons at rest (same parameters as the driver, 2 ms refractory) with one channel. */
	static LifNetworkPopulation targets(final Network net, final int n, final SynapseChannel channel,
		final double vThreshold)
	{
		return net.add(new LifNetworkPopulation("targets", LifParameters.uniform(n, -70, -70, vThreshold, 10, 10, 2),
			new double[n], channel));
	}
}

package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Traub–Miles neurons outside a network: a {@link TraubMilesPopulation} without
 * synapses stepped by the same kernels ({@link TraubMilesKernels}) as in a
 * network, with each step's external current written into the population's
 * bias array, which its kernels read every step. So a single-neuron run, an
 * f–I sweep and a network neuron without synapses compute the same numbers.
 */
public final class TraubMilesNeurons implements SpikingPopulation {

	private final TraubMilesPopulation population;
	private final double[] bias;
	private final Fault fault = new Fault();
	private final double dt;
	private int step;

	/** {@code n} neurons at {@code vInit} mV (gates at steady state), refractory {@code tRef} ms, step {@code dt} ms. */
	public TraubMilesNeurons(final int n, final double vInit, final double tRef, final double dt) {
		this.bias = new double[n];
		this.population = new TraubMilesPopulation("Traub-Miles", bias, tRef);
		this.dt = dt;
		for (int i = 0; i < n; i++)
			population.setVoltage(i, Checks.inRange("vInit", "mV", vInit, -200, 200));
		population.gatesToSteadyState();
		population.bind(0, dt, Integer.MAX_VALUE, 0);
	}

	@Override
	public int size() {
		return bias.length;
	}

	@Override
	public double dt() {
		return dt;
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		System.arraycopy(input, 0, bias, 0, bias.length);
		return population.update(0, bias.length, step++, spiked, 0, fault);
	}

	@Override
	public double[] voltage() {
		return population.voltage();
	}

	@Override
	public double[] voltageBounds() {
		return population.voltageBounds();
	}
}

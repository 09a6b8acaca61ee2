package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichParameters;
import org.neuronmodels.core.izhikevich.IzhikevichPopulation;
import org.neuronmodels.core.izhikevich.IzhikevichScheme;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * A network neuron with no synapses and the same input reproduces the
 * single-neuron run bit for bit: the same spike times, compared with {@code ==}.
 */
class NetworkMatchesSingleNeuronTest {

	private static SpikeRecord single(final SpikingPopulation population, final double[] input, final TimeGrid grid) {
		final double[][] perNeuron = new double[input.length][grid.steps()];
		for (int i = 0; i < input.length; i++)
			java.util.Arrays.fill(perNeuron[i], input[i]);
		return Simulation.run(population, CurrentInput.perNeuron(perNeuron), grid, Recording.spikesOnly(),
			ProgressMonitor.NONE).spikes();
	}

	private static void assertSameSpikes(final SpikeRecord expected, final SpikeRecord actual, final int n) {
		for (int i = 0; i < n; i++)
			assertArrayEquals(expected.timesOf(i), actual.timesOf(i), 0, "neuron " + i);
	}

	@Test
	void lifNeuronsWithBiasCurrents() {
		// The LIF command's neuron (V_rest −70, V_reset −65, V_th −50 mV, R 10 MΩ, τ 8 ms, t_ref 2 ms) at 1.5 nA
		// (below rheobase: silent), 2.5 and 4 nA (firing), 500 ms at dt 0.1 ms, exact integration in both.
		final double[] current = { 1.5, 2.5, 4 };
		final LifParameters p = LifParameters.uniform(current.length, -70, -65, -50, 10, 8, 2);
		final TimeGrid grid = TimeGrid.of(500, 0.1);
		final SpikeRecord one = single(new LifPopulation(p, 0.1, Integrators.EXACT), current, grid);
		final Network net = new Network();
		net.add(new LifNetworkPopulation("E", LifParameters.uniform(current.length, -70, -65, -50, 10, 8, 2), current
			.clone()));
		final SpikeRecord network = NetworkSimulation.run(net, 500, 0.1, 1, 1, ProgressMonitor.NONE).spikes();
		assertTrue(one.timesOf(2).length > 10 && one.timesOf(0).length == 0);
		assertSameSpikes(one, network, current.length);
	}

	@Test
	void izhikevichNeuronsAsInNetM() {
		// net.m's update (two half steps of v, then u; dt 1 ms) without noise or input. a 0.02, c −65, d 8 with
		// b 0.3: 0.04v² + (5 − b)v + 140 has no root (4.7² < 4·0.04·140), so the neuron fires on its own;
		// b 0.2 keeps a rest point (silent).
		final double[] b = { 0.3, 0.2 };
		final TimeGrid grid = TimeGrid.of(1000, 1);
		final IzhikevichPopulation pop = new IzhikevichPopulation(new IzhikevichParameters(new double[] { 0.02,
			0.02 }, b.clone(), new double[] { -65, -65 }, new double[] { 8, 8 }, filled(0.04), filled(5), filled(140),
			filled(0), filled(1), filled(30)), 1, IzhikevichScheme.NET_M);
		for (int i = 0; i < b.length; i++)
			pop.setState(i, -65, b[i] * -65);
		final SpikeRecord one = single(pop, new double[2], grid);
		final Network net = new Network();
		net.add(new IzhikevichNetPopulation("E", new double[] { 0.02, 0.02 }, b.clone(), new double[] { -65, -65 },
			new double[] { 8, 8 }, new double[2]));
		final SpikeRecord network = NetworkSimulation.run(net, 1000, 1, 1, 1, ProgressMonitor.NONE).spikes();
		assertTrue(one.timesOf(0).length > 5 && one.timesOf(1).length == 0);
		assertSameSpikes(one, network, 2);
	}

	@Test
	void traubMilesNeuronsWithBiasCurrents() {
		// COBAHH's neuron (the network's kernels in both runs) at 0.1, 0.5 and 1 nA for 300 ms at dt 0.1 ms, from
		// V = E_L with gates at steady state, refractory 3 ms. The network neuron: same bias, no channels.
		final double[] current = { 0.1, 0.5, 1 };
		final TimeGrid grid = TimeGrid.of(300, 0.1);
		final SpikeRecord one = single(new TraubMilesNeurons(current.length, TraubMilesPopulation.E_L, 3, 0.1), current,
			grid);
		final Network net = new Network();
		final TraubMilesPopulation tm = net.add(new TraubMilesPopulation("E", current.clone(), 3));
		tm.gatesToSteadyState();
		final SpikeRecord network = NetworkSimulation.run(net, 300, 0.1, 1, 1, ProgressMonitor.NONE).spikes();
		assertTrue(one.timesOf(2).length > 5, "1 nA fires");
		assertSameSpikes(one, network, current.length);
	}

	private static double[] filled(final double v) {
		return new double[] { v, v };
	}
}

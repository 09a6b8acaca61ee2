package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.equation.EquationModelDescriptor;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;

/**
 * Any registered model wrapped as a network population, with no synapses and
 * the same bias currents, reproduces the single-neuron run bit for bit: the
 * same spike times and the same recorded traces (every state variable and the
 * input), compared with {@code ==}, on 1 and 2 threads (2 threads split the
 * population into blocks of 1 and 2 neurons).
 */
class ModelNetworkPopulationTest {

	/** The Equation Neuron command's default model: the LIF command's neuron written as equations. */
	static final EquationSpec LIF = new EquationSpec(
		"dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)", "v > vTh", "v = vReset", "tRef",
		"vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, tau = 8*ms, tRef = 2*ms", "v = vRest");

	static ModelSetup setup(final String model, final String preset, final double dt) {
		if (model.equals(EquationModelDescriptor.NAME)) return ModelSetup.of(EquationModelDescriptor.of(LIF,
			"Exponential Euler"), "", "", dt, "");
		return ModelSetup.of(model, preset, "", dt, "");
	}

	// Bias currents in each model's unit: the lowest silent or slow, the others firing (asserted below).
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "LIF, '', 0.1, 1.5, 2.5, 4", "Hodgkin-Huxley, '', 0.01, 2, 10, 20", "Izhikevich, '', 0.1, 0, 10, 20",
		"ExpIF, '', 0.05, 0, 1, 2", "AdEx, '', 0.01, 0, 1, 2", "Morris-Lecar, Type I, 0.05, 30, 50, 70",
		"Equation, '', 0.1, 1.5, 2.5, 4" })
	void aNetworkNeuronWithoutSynapsesIsTheSingleNeuronRun(final String model, final String preset,
		final double dt, final double i0, final double i1, final double i2)
	{
		final double[] bias = { i0, i1, i2 };
		final TimeGrid grid = TimeGrid.of(300, dt);
		final ModelSetup s = setup(model, preset, dt);
		final double[][] input = new double[3][grid.steps()];
		for (int i = 0; i < 3; i++)
			Arrays.fill(input[i], bias[i]);
		final SimulationResult one = Simulation.run(s.population(3), CurrentInput.perNeuron(input), grid, Recording.of(
			0, 1, 2).every(3), ProgressMonitor.NONE);
		assertTrue(one.spikes().timesOf(2).length > 3, model + " fires at the highest bias");
		for (final int threads : new int[] { 1, 2 }) {
			final Network net = new Network();
			net.add(new ModelNetworkPopulation("E", s::population, s.model().currentUnit(), bias));
			final NetworkResult r = NetworkSimulation.run(net, 300, dt, threads, 1, Recording.of(0, 1, 2).every(3),
				ProgressMonitor.NONE);
			for (int i = 0; i < 3; i++)
				assertArrayEquals(one.spikes().timesOf(i), r.spikes().timesOf(i), 0, "spikes of neuron " + i);
			final TraceRecord a = one.traces(), b = r.traces();
			assertArrayEquals(a.variables(), b.variables());
			assertArrayEquals(a.time(), b.time(), 0);
			for (int slot = 0; slot < 3; slot++) {
				for (int v = 0; v < a.variables().length; v++)
					assertArrayEquals(a.values(v, slot), b.values(v, slot), 0, a.variables()[v] + " of neuron " + slot);
				assertArrayEquals(a.current(slot), b.current(slot), 0, "input of neuron " + slot);
			}
			assertEquals(threads, r.threads());
		}
	}
}

package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.core.network.NetworkBuilder;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * The Spiking Network command's population model and recording inputs: the
 * docs example (a Morris–Lecar Custom network recording neurons 0–4) and an
 * equation LIF typed into the text inputs, each equal to the core run.
 */
class NetworkModelAndRecordingCommandTest {

	private static Context context;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static Map<String, Object> custom() {
		final Map<String, Object> in = new HashMap<>();
		in.put("preset", "Custom");
		in.put("neurons", 200);
		in.put("poissonRate", 1000.0);
		in.put("threads", 1);
		return in;
	}

	private static NetworkResult core(final NetworkSettings s) {
		final NetworkSettings r = s.resolve();
		return NetworkSimulation.run(NetworkBuilder.build(r), r.duration, r.dt, 2, r.seed, r.recording(200),
			ProgressMonitor.NONE);
	}

	private static NetworkSettings settings(final String model, final double dt, final double poissonWeight,
		final double we, final double wi)
	{
		final NetworkSettings s = new NetworkSettings();
		s.preset = NetworkPreset.CUSTOM;
		s.neurons = 200;
		s.poissonRate = 1000;
		s.poissonWeight = poissonWeight;
		s.excitatoryWeight = we;
		s.inhibitoryWeight = wi;
		s.dt = dt;
		s.model = model;
		return s;
	}

	@Test
	void theDocsMorrisLecarExampleRecordsItsTraces() {
		final Map<String, Object> in = custom();
		in.put("model", "Morris-Lecar");
		in.put("modelPreset", "Type I");
		in.put("poissonWeight", 10.0);
		in.put("excitatoryWeight", 0.1);
		in.put("inhibitoryWeight", -0.4);
		in.put("dt", 0.05);
		in.put("recordNeurons", "0-4");
		in.put("recordEvery", 4);
		final Module m = Commands.run(context, SpikingNetworkCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final NetworkSettings s = settings("Morris-Lecar", 0.05, 10, 0.1, -0.4);
		s.modelPreset = "Type I";
		s.recordNeurons = "0-4";
		s.recordEvery = 4;
		final NetworkResult r = core(s);
		assertEquals(r.spikes().count(), (int) m.getOutput("spikeCount"), "the command (1 thread) is the core run");
		assertTrue(r.spikes().count() > 100, "the network fires");
		final ResultsTable t = (ResultsTable) m.getOutput("traceTable");
		assertEquals(2500, t.size(), "500 ms / 0.05 ms / 4 samples");
		final String[] vars = r.traces().variables();
		assertEquals("V", vars[0]);
		for (int slot = 0; slot < 5; slot++) {
			final String unit = r.traces().units()[0];
			final int column = t.getColumnIndex("V#" + slot + " (" + unit + ")");
			final double[] v = r.traces().voltage(slot);
			for (int row = 0; row < v.length; row++)
				assertEquals(v[row], t.getValueAsDouble(column, row), 0, "V of neuron " + slot + ", row " + row);
		}
		assertTrue(t.columnExists("I_exc#4 (µA/cm²)") && t.columnExists("I#4 (µA/cm²)"));
	}

	@Test
	void anEquationTypedIntoTheCommandIsTheCoreEquationNetwork() {
		final EquationSpec lif = new EquationSpec("dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)",
			"v > vTh", "v = vReset", "tRef", "vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, " +
				"tau = 8*ms, tRef = 2*ms", "v = vRest");
		final Map<String, Object> in = custom();
		in.put("model", "Equation");
		in.put("equations", lif.equations);
		in.put("threshold", lif.threshold);
		in.put("reset", lif.reset);
		in.put("refractory", lif.refractory);
		in.put("parameters", lif.parameters);
		in.put("initialValues", lif.initialValues);
		in.put("poissonWeight", 1.0);
		in.put("excitatoryWeight", 0.1);
		in.put("inhibitoryWeight", -0.4);
		in.put("duration", 100.0);
		final Module m = Commands.run(context, SpikingNetworkCommand.class, in);
		assertNull(Commands.cancelReason(m));
		final NetworkSettings s = settings("LIF", 0.1, 1, 0.1, -0.4);
		s.duration = 100;
		final int lifSpikes = core(s).spikes().count();
		assertTrue(lifSpikes > 100);
		assertEquals(lifSpikes, (int) m.getOutput("spikeCount"), "the equation LIF equals the registered LIF");
		assertNull(m.getOutput("traceTable"), "no recording by default");
	}
}

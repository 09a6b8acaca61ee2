package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.equation.EquationFile;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.commandsweep.SweepOutcome;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * An equation model is a model descriptor built at run time: the f–I Curve
 * takes it as model "Equation" (from a saved model file), and a sweep varies
 * its parameters by name. The equation LIF with Exponential Euler is the
 * built-in LIF's exact step, so the f–I rates are the built-in LIF's, bit for bit.
 */
class EquationModelByNameTest {

	private static final EquationSpec LIF = new EquationSpec(
		"dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)", "v > vTh", "v = vReset", "tRef",
		"vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, tau = 8*ms, tRef = 2*ms", "v = vRest");

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

	@Test
	void fiCurveOfTheEquationLifIsTheBuiltInLif(@TempDir final Path dir) throws Exception {
		final Path file = dir.resolve("lif.txt");
		EquationFile.write(file, LIF, "Exponential Euler");
		final Map<String, Object> eq = new HashMap<>();
		eq.put("model", "Equation");
		eq.put("equationModel", file.toFile());
		eq.put("currentSteps", 21);
		eq.put("duration", 300.0);
		eq.put("stimStop", 300.0);
		final Module e = Commands.run(context, FiCurveCommand.class, eq);
		assertNull(Commands.cancelReason(e));
		final Map<String, Object> lif = new HashMap<>(eq);
		lif.remove("equationModel");
		lif.put("model", "LIF");
		lif.put("modelParameters", "vRest=-70, vReset=-65, vThreshold=-50, resistance=10, tauM=8, tRef=2");
		lif.put("integrator", "Exact");
		final Module l = Commands.run(context, FiCurveCommand.class, lif);
		assertNull(Commands.cancelReason(l));
		final double[] rates = (double[]) e.getOutput("rates");
		assertTrue(rates[20] > 50, "the largest current fires");
		assertArrayEquals((double[]) l.getOutput("rates"), rates);
	}

	@Test
	void sweepVariesAnEquationParameterByName(@TempDir final Path dir) throws Exception {
		final Path file = dir.resolve("lif.txt");
		EquationFile.write(file, LIF, "Exponential Euler");
		final NeuronModelsService neuron = context.service(NeuronModelsService.class);
		// the first run registers the file's model as "Equation"; the sweep then finds its parameter R by name
		Commands.run(context, FiCurveCommand.class, Map.of("model", "Equation", "equationModel", file.toFile(),
			"currentSteps", 2, "duration", 50.0));
		final SweepOutcome eq = neuron.sweep("f-I Curve").vary("R", "5, 20, 3, Log").measure("maxRate").fixed(
			"model=Equation, currentMin=0, currentMax=5, currentSteps=3, duration=200, stimStop=200").threads(1)
			.run();
		final SweepOutcome lif = neuron.sweep("f-I Curve").vary("resistance", "5, 20, 3, Log").measure("maxRate")
			.fixed("model=LIF, integrator=Exact, modelParameters=\"vRest=-70, vReset=-65, vThreshold=-50, " +
				"tauM=8, tRef=2\", currentMin=0, currentMax=5, currentSteps=3, duration=200, stimStop=200")
			.threads(1).run();
		assertEquals(3, eq.values().length);
		assertArrayEquals(lif.values(), eq.values());
		assertTrue(eq.values()[2] > eq.values()[0], "a larger R fires faster");
	}
}

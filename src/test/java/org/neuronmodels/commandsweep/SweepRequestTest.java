package org.neuronmodels.commandsweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.command.LifCommand;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationCancelledException;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;

/** Sweeps from the scripting API: errors name the fields, cancellation, no persisted inputs. */
class SweepRequestTest {

	private static Context context;
	private static NeuronModelsService neuron;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class);
		neuron = context.service(NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	private static String refusedField(final SweepRequest request) {
		return assertThrows(InvalidParameterException.class, request::run).parameter();
	}

	@Test
	void errorsNameTheFieldTheyComeFrom() {
		assertEquals("parameter1", refusedField(neuron.sweep("Leaky Integrate-and-Fire").vary("integrator", "1, 2, 2")));
		assertEquals("parameter2", refusedField(neuron.sweep("LifCommand").vary("tauM", "5, 10, 2").vary("nope",
			"1, 2, 2")));
		assertEquals("measure", refusedField(neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 10, 2").measure(
			"chart")));
		assertEquals("values1", refusedField(neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 10, 0")));
		assertEquals("values1", assertThrows(InvalidParameterException.class, () -> neuron.sweep(
			"Leaky Integrate-and-Fire").vary("tauM", 0, 10, 3, "Log")).parameter());
		assertEquals("values1", refusedField(neuron.sweep("Leaky Integrate-and-Fire").vary("seed", "1, 2, 3")));
		assertEquals("fixedInputs", refusedField(neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 10, 2").set(
			"dt", -1.0)));
		assertEquals("command", refusedField(neuron.sweep("Parameter Sweep").vary("threads", "1, 2, 2")));
		assertEquals("threads", refusedField(neuron.sweep("Leaky Integrate-and-Fire").vary("tauM", "5, 10, 2").threads(
			0)));
	}

	@Test
	void aPointTheCommandRefusesFailsTheSweepNamingThePoint() {
		// dt = 0.5 ms exceeds tauM = 0.2 ms at the first point: the LIF command refuses it
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> neuron.sweep(
			"Leaky Integrate-and-Fire").vary("tauM", "0.2, 10, 3").fixed("dt=0.5").vectorize(false).run());
		assertEquals("dt", e.parameter());
		assertTrue(e.getMessage().contains("tauM = 0.2"), e.getMessage());
	}

	@Test
	void cancellingAPerPointSweepStopsItAndKeepsNothing() {
		final AtomicLong polls = new AtomicLong();
		final ProgressMonitor cancelSoon = new ProgressMonitor() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCancelled() {
				return polls.incrementAndGet() > 2;
			}
		};
		// 400 points of 10⁵ steps each would take minutes; cancelled after ~50 ms
		final long start = System.nanoTime();
		assertThrows(SimulationCancelledException.class, () -> neuron.sweep("Leaky Integrate-and-Fire").vary("tauM",
			"5, 50, 20").vary("amplitude", "1, 4, 20").fixed("duration=10000, stimStop=9000").vectorize(false).threads(2)
			.run(cancelSoon));
		assertTrue((System.nanoTime() - start) / 1e9 < 60, "stops promptly");
	}

	@Test
	void rememberedInputValuesAreNeitherUsedNorSaved() {
		final ModuleService modules = context.service(ModuleService.class);
		final CommandInfo info = context.service(CommandService.class).getCommand(LifCommand.class);
		@SuppressWarnings("unchecked")
		final ModuleItem<Double> tau = (ModuleItem<Double>) info.getInput("tauM");
		@SuppressWarnings("unchecked")
		final ModuleItem<Double> refractory = (ModuleItem<Double>) info.getInput("tRef");
		modules.save(tau, 3.0);
		modules.save(refractory, 7.0);
		try {
			final SweepOutcome perPoint = neuron.sweep("Leaky Integrate-and-Fire").vary("amplitude", "2.5, 4, 4").fixed(
				"tRef=3").vectorize(false).threads(2).run();
			final SweepOutcome population = neuron.sweep("Leaky Integrate-and-Fire").vary("amplitude", "2.5, 4, 4").fixed(
				"tRef=3").run();
			// both use the command's default tauM = 8 ms, not the remembered 3 ms
			assertArrayEquals(population.values(), perPoint.values(), 0.0);
			final double theory = org.neuronmodels.core.analysis.LifTheory.rate(-70, -65, -50, 10, 8, 3, 4.0);
			assertEquals(theory, perPoint.values()[3], 0.03 * theory);
			assertEquals(3.0, modules.load(tau), "nothing saved");
			assertEquals(7.0, modules.load(refractory), "nothing saved");
		}
		finally {
			modules.save(tau, tau.getDefaultValue());
			modules.save(refractory, refractory.getDefaultValue());
		}
	}

	@Test
	void anyNeuronCommandCanBeSweptOnePointPerRun() {
		// Hodgkin-Huxley (1952) at 6.3 °C: at rest without input, repetitive firing for a sustained
		// 10 µA/cm² step (above the ~6.3 µA/cm² onset of repetitive firing).
		final SweepOutcome hh = neuron.sweep("Hodgkin-Huxley").vary("amplitude", "0, 10, 2").measure("spikeCount")
			.fixed("stimulus=\"Step\"").threads(2).run();
		assertEquals("one command run per point", hh.method());
		assertEquals(0, hh.values()[0], 0.0);
		assertTrue(hh.values()[1] >= 3, "repetitive firing: " + hh.values()[1]);
		assertEquals(2, hh.table().size());
	}
}

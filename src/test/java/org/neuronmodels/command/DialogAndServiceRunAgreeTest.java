package org.neuronmodels.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.service.ModelRun;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.CommandHarness;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/**
 * Issue #10: a command's as-you-type check is the service handle's {@code check()}, the one its
 * {@code run()} starts with. For inputs that only a cross-field rule refuses (the declared ranges accept
 * them), the dialog's message equals the message of the same model run straight through the service,
 * and names the rule: dt ≤ τ (the exact and exponential updates and the accuracy of Euler need it) and
 * a LIF reset below threshold.
 */
class DialogAndServiceRunAgreeTest {

	private static Context context;
	private static NeuronModelsService neuron;

	@BeforeAll
	static void start() {
		context = CommandHarness.context(); // headless, with every service the commands need
		neuron = context.service(NeuronModelsService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** The dialog's message for {@code command} with {@code values}; the service run's message must be the same. */
	private static String agree(final Class<? extends NeuronModelsCommand> command, final Map<String, Object> values,
		final Supplier<ModelRun> run)
	{
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(command));
		values.forEach(m::setInput);
		final InvalidParameterException dialog = ((NeuronModelsCommand) m.getDelegateObject()).inputProblem();
		assertNotNull(dialog, "the dialog accepts " + values);
		final InvalidParameterException service = assertThrows(InvalidParameterException.class, () -> run.get()
			.run());
		assertEquals(service.getMessage(), dialog.getMessage(), "dialog and service run disagree");
		assertEquals(service.parameter(), dialog.parameter());
		return dialog.getMessage();
	}

	@Test
	void lifStepAboveTauM() {
		final String m = agree(LifCommand.class, Map.of("tauM", 0.5, "dt", 1.0, "duration", 50.0), () -> neuron
			.model("LIF").set("tauM", 0.5).dt(1.0).duration(50));
		assertEquals("dt = 1 ms is invalid: must not exceed tauM = 0.5 ms (use dt ≤ tauM/10 for accuracy)", m);
	}

	@Test
	void lifResetAboveThreshold() {
		final String m = agree(LifCommand.class, Map.of("vReset", -40.0, "vThreshold", -50.0), () -> neuron.model(
			"LIF").set("vReset", -40).set("vThreshold", -50).dt(0.1).duration(200));
		assertEquals("vReset = -40 mV is invalid: must be below vThreshold = -50 mV", m);
	}

	@Test
	void expIfAndAdExStepAboveTheirTimeConstants() {
		final String expIf = agree(ExpIfCommand.class, Map.of("tauM", 0.5, "dt", 1.0), () -> neuron.model("ExpIF")
			.set("tauM", 0.5).dt(1.0).duration(200));
		assertEquals("dt = 1 ms is invalid: must not exceed tauM = 0.5 ms (use dt ≤ tauM/10 for accuracy)", expIf);
		final String adEx = agree(AdExCommand.class, Map.of("preset", "Custom", "tauW", 0.5, "dt", 1.0), () -> neuron
			.model("AdEx").set("tauW", 0.5).dt(1.0).duration(400));
		assertEquals("dt = 1 ms is invalid: must not exceed tauW = 0.5 ms (use dt ≤ tauW/10 for accuracy)", adEx);
	}

	/**
	 * Hodgkin-Huxley inputs left at NaN mean the convention's values (120, 36, 0.3 mS/cm², reversal potentials
	 * of the convention): a dialog shown before the initializer filled them accepts them, and a service run of
	 * the HH model with nothing set checks 100 ms at its default 0.01 ms step as 10000 steps.
	 */
	@Test
	void hodgkinHuxleyNaNInputsAreTheConventionsValues() {
		final Module m = context.service(ModuleService.class).createModule(context.service(CommandService.class)
			.getCommand(HhCommand.class));
		assertEquals(Double.NaN, (Double) m.getInput("gNa"));
		assertEquals(null, ((NeuronModelsCommand) m.getDelegateObject()).inputProblem());
		assertEquals(10000, neuron.model("Hodgkin-Huxley").preset("1952").duration(100).check().steps());
	}
}

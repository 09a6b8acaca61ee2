package org.neuronmodels.testutil;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neuronmodels.service.NeuronModelsService;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;

/**
 * A headless SciJava context with the commands, the Neuron Models service and a log, started before a
 * test class and disposed after it: {@code @RegisterExtension static final ServiceContext CONTEXT = new
 * ServiceContext();}, then {@code CONTEXT.neuron()}.
 */
public final class ServiceContext implements BeforeAllCallback, AfterAllCallback {

	private Context context;

	@Override
	public void beforeAll(final ExtensionContext extension) {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NeuronModelsService.class, LogService.class);
	}

	@Override
	public void afterAll(final ExtensionContext extension) {
		if (context != null) context.dispose();
	}

	/** The context. */
	public Context context() {
		return context;
	}

	/** Its Neuron Models service. */
	public NeuronModelsService neuron() {
		return context.service(NeuronModelsService.class);
	}
}

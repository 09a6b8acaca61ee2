package org.neuronmodels.command;

import org.neuronmodels.core.hh.HhConvention;
import org.neuronmodels.core.lif.LifModel;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.StimulusKind;
import org.neuronmodels.service.NeuronModelsService;

/**
 * A command-package class that uses core only as the command rule of ArchitectureTest allows: a descriptor,
 * an enum's constants, accessors and look-up by label, and a type the service hands out (SimulationResult).
 */
final class WithinTheCommandRule {

	private WithinTheCommandRule() {}

	/** The spike count of a LIF run through the service, plus names and values read from descriptors and enums. */
	static String use(final NeuronModelsService neuron) {
		final ModelDescriptor lif = new LifModel();
		final SimulationResult r = neuron.model(lif.name()).duration(10).run();
		return r.spikes().count() + StimulusKind.fromLabel("Step").label() + HhConvention.MODERN.eNa();
	}
}

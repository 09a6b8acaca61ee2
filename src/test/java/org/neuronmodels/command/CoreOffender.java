package org.neuronmodels.command;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.hh.HhConvention;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.record.Recording;

/**
 * A command-package class that checks and budgets with core directly instead of through the service: the
 * command rule of ArchitectureTest must reject its uses of LifSimulation, LifParameters, Recording,
 * MemoryBudget and HhConvention.depolarisation (an enum computing with an argument).
 */
final class CoreOffender {

	private CoreOffender() {}

	/** A dialog check that bypasses the service. */
	static double check() {
		final TimeGrid grid = LifSimulation.check(LifParameters.uniform(1, -70, -65, -50, 10, 10, 2), 0.1, 100,
			Recording.of(0));
		MemoryBudget.require(8.0 * grid.steps(), "duration", "a test run");
		return HhConvention.MODERN.depolarisation(-65);
	}
}

package org.neuronmodels.commandsweep;

import java.util.List;

import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sweep.SweepGrid;
import org.neuronmodels.core.sweep.SweepResult;

/**
 * A command that can run a whole sweep of its inputs as one vectorised
 * population (grid point = neuron) instead of one command run per point,
 * giving the same numbers much faster.
 */
public interface PopulationSweepable {

	/** Whether a sweep of these inputs can run as one population (with the command's other inputs as set). */
	boolean canSweepAsPopulation(List<String> parameters);

	/**
	 * Runs every point of {@code grid} as one neuron, with the command's other
	 * inputs as set; the result has a column for every scalar output of the
	 * command, and the voltage traces of {@code tracePoints}.
	 */
	SweepResult sweepAsPopulation(SweepGrid grid, int[] tracePoints, int threads, ProgressMonitor monitor);
}

package org.neuronmodels.core.sim;

/** Thrown when a run stops because its {@link ProgressMonitor} asked it to. */
public class SimulationCancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SimulationCancelledException(final double timeMs) {
		super("Simulation cancelled at t = " + org.neuronmodels.core.Checks.fmt(timeMs) +
			" ms; no results were kept.");
	}
}

package org.neuronmodels.core.sim;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;

/** What a run produced: its time grid, every spike, and the recorded traces. */
public final class SimulationResult {

	private final TimeGrid grid;
	private final SpikeRecord spikes;
	private final TraceRecord traces;

	public SimulationResult(final TimeGrid grid, final SpikeRecord spikes, final TraceRecord traces) {
		this.grid = grid;
		this.spikes = spikes;
		this.traces = traces;
	}

	/** The time grid of the run. */
	public TimeGrid grid() {
		return grid;
	}

	/** Every spike (neuron, time). */
	public SpikeRecord spikes() {
		return spikes;
	}

	/** The recorded traces. */
	public TraceRecord traces() {
		return traces;
	}

	/** The mean firing rate per neuron in Hz over the window {@code (from, to]} ms. */
	public double meanRate(final double from, final double to) {
		final double seconds = (to - from) / 1000.0;
		return spikes.countInWindow(from, to) / seconds / spikes.populationSize();
	}
}

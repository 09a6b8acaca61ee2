package org.neuronmodels.core.network;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.SpikeRecord;
import org.neuronmodels.core.record.TraceRecord;

/**
 * What a network run produced: the spikes of every neuron (global indices), the
 * traces of the recorded neurons, the grid and timings.
 */
public final class NetworkResult {

	private final TimeGrid grid;
	private final SpikeRecord spikes;
	private final TraceRecord traces;
	private final String traceInputUnit;
	private final String[] names;
	private final int[] offsets, sizes;
	private final double loopSeconds, prepareSeconds;
	private final int threads;

	NetworkResult(final TimeGrid grid, final SpikeRecord spikes, final NetworkRecorder recorder,
		final Network network, final double loopSeconds, final double prepareSeconds, final int threads)
	{
		this.grid = grid;
		this.spikes = spikes;
		this.traces = recorder.traces();
		this.traceInputUnit = recorder.inputUnit();
		final int p = network.populations().size();
		this.names = new String[p];
		this.offsets = new int[p];
		this.sizes = new int[p];
		for (int i = 0; i < p; i++) {
			names[i] = network.populations().get(i).name();
			offsets[i] = network.populations().get(i).offset();
			sizes[i] = network.populations().get(i).size();
		}
		this.loopSeconds = loopSeconds;
		this.prepareSeconds = prepareSeconds;
		this.threads = threads;
	}

	/** The time grid. */
	public TimeGrid grid() {
		return grid;
	}

	/** Every spike, neuron = global index, in time order (within a step, ascending index). */
	public SpikeRecord spikes() {
		return spikes;
	}

	/**
	 * The traces of the recorded neurons (global indices; {@code recordNeurons}),
	 * one sample every {@code recordEvery} steps; none recorded by default.
	 */
	public TraceRecord traces() {
		return traces;
	}

	/** The unit of the recorded external input ({@link TraceRecord#current}), e.g. nA. */
	public String traceInputUnit() {
		return traceInputUnit;
	}

	/** The population names in index order. */
	public String[] populationNames() {
		return names.clone();
	}

	/** The global index of each population's first neuron. */
	public int[] populationOffsets() {
		return offsets.clone();
	}

	/** The size of each population. */
	public int[] populationSizes() {
		return sizes.clone();
	}

	/** The wall-clock time of the simulation loop alone, in s. */
	public double loopSeconds() {
		return loopSeconds;
	}

	/** The wall-clock time of the per-run preparation (propagation tables, pre-drawn noise), in s. */
	public double prepareSeconds() {
		return prepareSeconds;
	}

	/** The number of threads used. */
	public int threads() {
		return threads;
	}

	/** The mean firing rate over all neurons in Hz. */
	public double meanRate() {
		return spikes.count() / (grid.duration() / 1000.0) / spikes.populationSize();
	}
}

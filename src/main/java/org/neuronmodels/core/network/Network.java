package org.neuronmodels.core.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * Populations and the projections between them. Neurons get global indices
 * in the order populations were added (population 0 first), which is the
 * row order of rasters and tables.
 */
public final class Network {

	private final List<NetworkPopulation> populations = new ArrayList<>();
	private final List<Projection> projections = new ArrayList<>();
	private int size;

	/** Adds a population; its neurons follow those already in the network. */
	public <P extends NetworkPopulation> P add(final P population) {
		if (populations.contains(population)) throw new IllegalArgumentException("population added twice");
		population.offset = size;
		size += population.size();
		populations.add(population);
		return population;
	}

	/**
	 * Connects {@code source} to channel {@code channelName} of {@code target}
	 * with {@code connectivity} (presynaptic × postsynaptic sizes must match).
	 */
	public Projection connect(final NetworkPopulation source, final NetworkPopulation target,
		final String channelName, final Connectivity connectivity)
	{
		if (!populations.contains(source) || !populations.contains(target)) {
			throw new IllegalArgumentException("add both populations to the network first");
		}
		if (connectivity.preCount != source.size() || connectivity.postCount != target.size()) {
			throw new InvalidParameterException("connectivity", "connectivity " + source.name() + " → " + target
				.name() + " is " + connectivity.preCount + " × " + connectivity.postCount +
				" (presynaptic × postsynaptic) but the populations have " + source.size() + " and " + target.size() +
				" neurons");
		}
		final Projection p = new Projection(source, target, target.channel(channelName), connectivity);
		projections.add(p);
		return p;
	}

	/** The total number of neurons. */
	public int size() {
		return size;
	}

	/** The populations in index order (unmodifiable). */
	public List<NetworkPopulation> populations() {
		return Collections.unmodifiableList(populations);
	}

	/** The projections in the order they were made (unmodifiable). */
	public List<Projection> projections() {
		return Collections.unmodifiableList(projections);
	}

	/** The total number of synapses. */
	public long synapseCount() {
		long s = 0;
		for (final Projection p : projections)
			s += p.connectivity.synapseCount();
		return s;
	}

	/**
	 * The weights summed over blocks of {@code perPixel × perPixel} neurons,
	 * row-major {@code [postBlock · side + preBlock]} with
	 * {@code side = ceil(size / perPixel)}: the weight matrix itself for 1, a
	 * bounded picture of any network otherwise (synapses onto one pair of
	 * blocks add).
	 */
	public float[] weightBlocks(final int perPixel) {
		if (perPixel < 1) throw new IllegalArgumentException("perPixel must be >= 1: " + perPixel);
		final long side = (size + (long) perPixel - 1) / perPixel;
		if (side * side > Integer.MAX_VALUE - 8) throw Checks.invalid("neurons", null, size,
			"the connectivity image would have " + side * side + " pixels; too many for one image");
		org.neuronmodels.core.MemoryBudget.require(4.0 * side * side, "neurons", "the connectivity image");
		final int s = (int) side;
		final float[] m = new float[s * s];
		for (final Projection p : projections) {
			final Connectivity c = p.connectivity;
			final int so = p.source.offset, to = p.target.offset;
			for (int r = 0; r < c.preCount; r++) {
				final int x = (so + r) / perPixel;
				final int[] t = c.targetsOf(r);
				for (int j = c.rowStart[r], o = -j; j < c.rowStart[r + 1]; j++)
					m[(to + t[o + j]) / perPixel * s + x] += (float) c.weightAt(j);
			}
		}
		return m;
	}
}

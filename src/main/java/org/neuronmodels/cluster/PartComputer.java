package org.neuronmodels.cluster;

import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Computes the part of a sweep a shard holds: points {@code [from, to)} on
 * {@code threads} threads; closed (e.g. its services stopped) after the part is written.
 */
@FunctionalInterface
public interface PartComputer extends AutoCloseable {

	/** Puts what points {@code [from, to)} give into {@code part} (texts and arrays). */
	void compute(int from, int to, int threads, ShardPart part, ProgressMonitor monitor);

	/** Releases what the computer holds; nothing by default. */
	@Override
	default void close() {}
}

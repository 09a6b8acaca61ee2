package org.neuronmodels.cluster;

import org.neuronmodels.core.sim.ProgressMonitor;

/** Computes the part of a sweep a shard holds: points {@code [from, to)} on {@code threads} threads. */
@FunctionalInterface
public interface PartComputer {

	/** Puts what points {@code [from, to)} give into {@code part} (texts and arrays). */
	void compute(int from, int to, int threads, ShardPart part, ProgressMonitor monitor);
}

package org.neuronmodels.io.nwb;

/** Receives a series block by block: {@code values[0..count)} are samples {@code first, first+1, …}. */
@FunctionalInterface
public interface SampleConsumer {

	/** One block of consecutive samples (the array is reused only by the caller's choice: copy what you keep). */
	void accept(long first, double[] values, int count);
}

package org.neuronmodels.core.sim;

/**
 * The external current of every neuron of a population at each step. A step's
 * value is the input sample at the start of the step (see the time-step
 * convention in {@link org.neuronmodels.core}).
 */
@FunctionalInterface
public interface CurrentInput {

	/** Writes the current of every neuron for step {@code step} into {@code out}. */
	void currents(int step, double[] out);

	/** The same waveform (one sample per step) for every neuron. */
	static CurrentInput shared(final double[] samples) {
		return (step, out) -> java.util.Arrays.fill(out, samples[step]);
	}

	/** Neuron {@code i} receives {@code gains[i] · samples[step] + offsets[i]}. */
	static CurrentInput scaled(final double[] samples, final double[] gains, final double[] offsets) {
		return (step, out) -> {
			final double s = samples[step];
			for (int i = 0; i < out.length; i++)
				out[i] = gains[i] * s + offsets[i];
		};
	}

	/** Neuron {@code i} receives its own waveform {@code samples[i][step]}. */
	static CurrentInput perNeuron(final double[][] samples) {
		return (step, out) -> {
			for (int i = 0; i < out.length; i++)
				out[i] = samples[i][step];
		};
	}
}

package org.neuronmodels.core.network;

/** The first numerical blow-up a worker saw: which neuron, when, and the bad value. */
final class Fault {

	int neuron = -1;
	double time;
	double value;

	/** Records a blow-up unless one is already recorded. */
	void set(final int globalNeuron, final double timeMs, final double v) {
		if (neuron >= 0) return;
		neuron = globalNeuron;
		time = timeMs;
		value = v;
	}

	boolean isSet() {
		return neuron >= 0;
	}
}

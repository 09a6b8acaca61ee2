package org.neuronmodels.core.model;

/** The analytic firing rate and rheobase of a model for constant input, where known. */
public interface FiTheory {

	/** The steady firing rate in Hz for constant {@code current} (0 below rheobase); NaN if unknown. */
	double rate(double current);

	/** The smallest constant current that makes the model fire repetitively; NaN if unknown. */
	double rheobase();

	/** Whether {@link #rate} has a closed form. */
	default boolean hasRate() {
		return true;
	}

	/** A theory that knows the rheobase only. */
	static FiTheory rheobaseOnly(final double rheobase) {
		return new FiTheory() {

			@Override
			public double rate(final double current) {
				return Double.NaN;
			}

			@Override
			public double rheobase() {
				return rheobase;
			}

			@Override
			public boolean hasRate() {
				return false;
			}
		};
	}
}

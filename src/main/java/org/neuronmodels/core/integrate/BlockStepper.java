package org.neuronmodels.core.integrate;

/**
 * The block loop shared by the explicit schemes: neurons are advanced in
 * blocks of {@link #BLOCK}; each block's state is copied into {@code y0}
 * (so that every stage reads the state at the start of the step) and the
 * scheme writes the new state back into the live arrays.
 */
abstract class BlockStepper implements Stepper {

	/** Neurons per block: the scratch arrays hold this many values per variable. */
	static final int BLOCK = 128;

	final OdeSystem system;
	final double[][] state;
	final double dt;
	final int dimension;
	/** The state at the start of the step, {@code y0[k][j]} for neuron {@code first + j}. */
	final double[][] y0;

	BlockStepper(final OdeSystem system, final double[][] state, final double dt) {
		this.system = system;
		this.state = state;
		this.dt = dt;
		this.dimension = state.length;
		this.y0 = scratch();
	}

	/** A scratch array of one value per variable and block neuron. */
	final double[][] scratch() {
		return new double[dimension][BLOCK];
	}

	@Override
	public final void step(final double[] input, final int from, final int to) {
		for (int first = from; first < to; first += BLOCK) {
			final int count = Math.min(BLOCK, to - first);
			for (int k = 0; k < dimension; k++)
				System.arraycopy(state[k], first, y0[k], 0, count);
			block(first, count, input);
		}
	}

	/** Advances neurons {@code first … first + count − 1} from {@link #y0} into {@link #state}. */
	abstract void block(int first, int count, double[] input);

	/** {@code out = y0 + c·inc} for the block ({@code c} = 1/2 or 1: exact scalings of the increment). */
	final void stage(final double[][] out, final double c, final double[][] inc, final int count) {
		for (int k = 0; k < dimension; k++) {
			final double[] o = out[k], y = y0[k], s = inc[k];
			for (int j = 0; j < count; j++)
				o[j] = y[j] + c * s[j];
		}
	}
}

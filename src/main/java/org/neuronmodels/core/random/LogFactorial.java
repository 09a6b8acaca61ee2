package org.neuronmodels.core.random;

/**
 * {@code ln(k!)}: exact sums of logarithms for small {@code k}, Stirling's
 * series for {@code ln Γ(k + 1)} from {@code k = 10} on (absolute error below
 * 1e-12 there).
 */
final class LogFactorial {

	private static final int TABLE_SIZE = 10;
	private static final double[] TABLE = new double[TABLE_SIZE];
	private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

	static {
		double sum = 0;
		TABLE[0] = 0;
		for (int k = 1; k < TABLE_SIZE; k++) {
			sum += Math.log(k);
			TABLE[k] = sum;
		}
	}

	private LogFactorial() {}

	/** {@code ln(k!)} for an integer-valued {@code k >= 0}. */
	static double of(final double k) {
		if (k < TABLE_SIZE) return TABLE[(int) k];
		final double x = k + 1;
		final double r = 1 / (x * x);
		final double series = (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r / 1680))) / x;
		return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
	}
}

package org.neuronmodels.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sweep.StreamEnvelope;

/**
 * The envelope a streamed curve keeps while its points come in one by one
 * ({@link StreamEnvelope}, core) is exactly the decimation {@link Envelope#of}
 * makes of the whole series at once: short series whole, long ones with the
 * first, last, lowest, highest point and first gap of each column.
 */
class StreamEnvelopeTest {

	private static void assertSame(final double[] x, final double[] y, final int columns) {
		final StreamEnvelope s = new StreamEnvelope(x.length, x[0], x[x.length - 1], columns);
		for (int i = 0; i < x.length; i++)
			s.add(x[i], y[i]);
		final double[][] expected = Envelope.of(x, y, columns);
		final double[][] actual = s.points();
		assertArrayEquals(expected[0], actual[0], 0);
		assertArrayEquals(expected[1], actual[1], 0);
	}

	@Test
	void sameAsTheWholeSeriesDecimation() {
		final Random random = new Random(7);
		for (final int n : new int[] { 1, 5, 200, 201, 5000, 123_457 }) {
			final double[] x = new double[n], y = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = n == 1 ? 0.5 : -2 + 9.0 * i / (n - 1);
				y[i] = random.nextInt(50) == 0 ? Double.NaN : Math.sin(i * 0.01) + random.nextGaussian();
			}
			assertSame(x, y, 50);
			assertSame(x, y, 1500);
		}
	}

	@Test
	void constantXIsSplitIntoRuns() {
		final int n = 10_007;
		final double[] x = new double[n], y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = 3;
			y[i] = (i * 7919) % 1013;
		}
		assertSame(x, y, 40);
	}
}

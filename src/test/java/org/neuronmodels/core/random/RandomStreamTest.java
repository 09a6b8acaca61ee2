package org.neuronmodels.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.core.InvalidParameterException;

/** Reference vectors, determinism and stream independence of {@link RandomStream}. */
class RandomStreamTest {

	/**
	 * xoshiro256** transcribed from the published C reference
	 * (https://prng.di.unimi.it/xoshiro256starstar.c), independent of the class under test.
	 */
	private static final class ReferenceXoshiro {

		final long[] s;

		ReferenceXoshiro(final long... state) {
			s = state.clone();
		}

		static long rotl(final long x, final int k) {
			return (x << k) | (x >>> (64 - k));
		}

		long next() {
			final long result = rotl(s[1] * 5, 7) * 9;
			final long t = s[1] << 17;
			s[2] ^= s[0];
			s[3] ^= s[1];
			s[1] ^= s[2];
			s[0] ^= s[3];
			s[2] ^= t;
			s[3] = rotl(s[3], 45);
			return result;
		}
	}

	/** SplitMix64 transcribed from the published C reference (https://prng.di.unimi.it/splitmix64.c). */
	private static final class ReferenceSplitMix {

		long x;

		ReferenceSplitMix(final long seed) {
			x = seed;
		}

		long next() {
			long z = (x += 0x9e3779b97f4a7c15L);
			z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
			z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
			return z ^ (z >>> 31);
		}
	}

	@Test
	void xoshiroFromState1234MatchesHandComputation() {
		// By hand from the algorithm: out1 = rotl(2*5, 7)*9 = 1280*9; after one update s1 = 0, so out2 = 0;
		// after the second update s1 = 262149 (= (2 ^ (2 << 17)) ^ 7), so out3 = 262149*5*128*9.
		final RandomStream r = RandomStream.fromState(1, 2, 3, 4);
		assertEquals(11520L, r.nextLong());
		assertEquals(0L, r.nextLong());
		assertEquals(262149L * 5 * 128 * 9, r.nextLong());
	}

	@Test
	void xoshiroMatchesReferenceTranscription() {
		final long[] state = { 0x0123456789ABCDEFL, 0xFEDCBA9876543210L, 42L, -1L };
		final ReferenceXoshiro ref = new ReferenceXoshiro(state);
		final RandomStream r = RandomStream.fromState(state[0], state[1], state[2], state[3]);
		for (int i = 0; i < 1000; i++)
			assertEquals(ref.next(), r.nextLong(), "output " + i);
	}

	@Test
	void splitMixMatchesPublishedValues() {
		// Rosetta Code "Pseudo-random numbers/Splitmix64": seed 1234567.
		final long[] expected = { 6457827717110365317L, 3203168211198807973L, Long.parseUnsignedLong("9817491932198370423"),
			4593380528125082431L, Long.parseUnsignedLong("16408922859458223821") };
		for (int i = 0; i < expected.length; i++)
			assertEquals(expected[i], RandomStream.mix64(1234567L + (i + 1) * RandomStream.GOLDEN_GAMMA));
	}

	@ParameterizedTest
	@CsvSource({ "0,0", "42,0", "42,1", "-7,123456789", "9223372036854775807,-1" })
	void seedingFollowsTheDocumentedRecipe(final long seed, final long stream) {
		final ReferenceSplitMix sm = new ReferenceSplitMix(RandomStream.mix64(stream ^ RandomStream.mix64(seed)));
		final ReferenceXoshiro ref = new ReferenceXoshiro(sm.next(), sm.next(), sm.next(), sm.next());
		final RandomStream r = RandomStream.of(seed, stream);
		for (int i = 0; i < 100; i++)
			assertEquals(ref.next(), r.nextLong());
	}

	@Test
	void sameSeedSameSequenceAndOfSeedIsStreamZero() {
		final RandomStream a = RandomStream.of(2024), b = RandomStream.of(2024), c = RandomStream.of(2024, 0);
		for (int i = 0; i < 1000; i++) {
			final double x = a.nextGaussian();
			assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(b.nextGaussian()));
			assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(c.nextGaussian()));
		}
	}

	@Test
	void differentStreamsAndSeedsDiffer() {
		final long[] first = new long[64];
		int n = 0;
		for (long stream = 0; stream < 32; stream++)
			first[n++] = RandomStream.of(1, stream).nextLong();
		for (long seed = 2; seed < 34; seed++)
			first[n++] = RandomStream.of(seed).nextLong();
		assertEquals(64, java.util.Arrays.stream(first).distinct().count());
	}

	@Test
	void neighbouringStreamsAreUncorrelated() {
		// Pearson correlation of two independent uniform sequences: s.e. 1/sqrt(n).
		final int n = 200_000;
		final RandomStream a = RandomStream.of(5, 0), b = RandomStream.of(5, 1);
		double sab = 0, sa = 0, sb = 0, saa = 0, sbb = 0;
		for (int i = 0; i < n; i++) {
			final double x = a.nextDouble(), y = b.nextDouble();
			sa += x;
			sb += y;
			sab += x * y;
			saa += x * x;
			sbb += y * y;
		}
		final double cov = sab / n - (sa / n) * (sb / n);
		final double corr = cov / Math.sqrt((saa / n - sa * sa / n / n) * (sbb / n - sb * sb / n / n));
		assertEquals(0, corr, 5 / Math.sqrt(n));
	}

	@Test
	void fillGaussianEqualsRepeatedNextGaussian() {
		final double[] out = new double[101];
		RandomStream.of(3).fillGaussian(out);
		final RandomStream r = RandomStream.of(3);
		for (final double x : out)
			assertEquals(x, r.nextGaussian(), 0);
	}

	@Test
	void nextDoubleUsesTheTop53Bits() {
		final RandomStream a = RandomStream.of(11), b = RandomStream.of(11);
		for (int i = 0; i < 100; i++) {
			final double u = a.nextDouble();
			assertEquals((b.nextLong() >>> 11) * 0x1.0p-53, u, 0);
			assertTrue(u >= 0 && u < 1);
		}
	}

	@Test
	void badArgumentsNameTheParameter() {
		final RandomStream r = RandomStream.of(1);
		assertEquals("bound", assertThrows(InvalidParameterException.class, () -> r.nextInt(0)).parameter());
		assertTrue(assertThrows(InvalidParameterException.class, () -> r.nextInt(-3)).getMessage().contains("bound"));
		for (final double bad : new double[] { -1, Double.NaN, Double.POSITIVE_INFINITY, 2e9 }) {
			final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> r.nextPoisson(bad));
			assertTrue(e.getMessage().contains("mean"), e.getMessage());
		}
		assertThrows(InvalidParameterException.class, () -> RandomStream.fromState(0, 0, 0, 0));
	}

	@Test
	void smallBoundsAndZeroMean() {
		final RandomStream r = RandomStream.of(8);
		for (int i = 0; i < 100; i++) {
			assertEquals(0, r.nextInt(1));
			assertEquals(0, r.nextPoisson(0));
		}
		final int big = Integer.MAX_VALUE;
		for (int i = 0; i < 1000; i++) {
			final int v = r.nextInt(big);
			assertTrue(v >= 0 && v < big);
		}
		assertFalse(Double.isNaN(r.nextExponential()));
		assertNotEquals(r.nextLong(), r.nextLong());
	}
}

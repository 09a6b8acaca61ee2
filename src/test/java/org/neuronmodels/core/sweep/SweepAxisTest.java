package org.neuronmodels.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neuronmodels.core.InvalidParameterException;

/** Sweep axes and grids: values by hand, point numbering, errors naming the field. */
class SweepAxisTest {

	@Test
	void linearValuesAreEquallySpacedWithExactEnds() {
		// min + i·(max − min)/(steps − 1) = 1, 1.75, 2.5, 3.25, 4
		final SweepAxis a = SweepAxis.parse("amplitude", "values1", "1, 4, 5");
		assertArrayEquals(new double[] { 1, 1.75, 2.5, 3.25, 4 }, a.values(), 1e-15);
		assertEquals(4.0, a.value(4), 0.0);
		assertEquals(SweepAxis.Spacing.LINEAR, a.spacing());
	}

	@Test
	void logValuesHaveEqualRatios() {
		// min·(max/min)^(i/(steps − 1)) = 1, 10, 100, 1000
		final SweepAxis a = SweepAxis.parse("tauM", "values1", "1 1000 4 Log");
		assertArrayEquals(new double[] { 1, 10, 100, 1000 }, a.values(), 1e-12);
		assertEquals(1000.0, a.value(3), 0.0);
		assertEquals(1.0, a.value(0), 0.0);
	}

	@Test
	void oneStepGivesMinAlone() {
		assertArrayEquals(new double[] { 7 }, SweepAxis.parse("tauM", "values2", "7, 7, 1").values(), 0.0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1, 4, 0", "1, 4, -3", "0, 10, 5, Log", "-1, 10, 5, Log", "1, 4", "1, 4, 2.5", "a, 4, 3",
		"1, 4, 3, Cubic", "4, 1, 3", "1, Infinity, 3", "" })
	void badRangesAreRefusedNamingTheField(final String text) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SweepAxis.parse("tauM",
			"values1", text));
		assertEquals("values1", e.parameter(), e.getMessage());
		assertTrue(e.getMessage().startsWith("values1"), e.getMessage());
	}

	@Test
	void gridNumbersPointsWithTheFirstAxisFastest() {
		final SweepGrid g = SweepGrid.of(SweepAxis.parse("a", "values1", "0, 2, 3"), SweepAxis.parse("b", "values2",
			"10, 20, 2"));
		assertEquals(6, g.size());
		assertEquals(2, g.dimensions());
		// point 4 = (i = 1, j = 1)
		assertEquals(4, g.index(1, 1));
		assertEquals(1.0, g.value1(4), 0.0);
		assertEquals(20.0, g.value2(4), 0.0);
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4, 5 }, g.picks(3));
		assertArrayEquals(new int[] { 0, 2, 3, 5 }, g.picks(2));
	}

	@Test
	void picksSpreadEvenlyIncludingBothEnds() {
		// round(a·(n − 1)/(k − 1)) for n = 10, k = 3: 0, 4.5 → 5 (round half up), 9
		assertArrayEquals(new int[] { 0, 5, 9 }, SweepGrid.spread(10, 3));
		assertArrayEquals(new int[] { 0, 1 }, SweepGrid.spread(2, 3));
		assertArrayEquals(new int[0], SweepGrid.spread(10, 0));
	}

	@Test
	void sweepingTheSameParameterTwiceIsRefused() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SweepGrid.of(SweepAxis
			.parse("tauM", "values1", "1, 2, 2"), SweepAxis.parse("tauM", "values2", "1, 2, 2")));
		assertEquals("values2", e.parameter());
	}
}

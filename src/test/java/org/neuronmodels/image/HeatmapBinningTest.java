package org.neuronmodels.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;

/**
 * A sweep heatmap stays at most {@value Heatmaps#MAX_PIXELS} pixels per axis:
 * a larger grid is binned, each pixel the mean of its grid points' finite
 * values, calibrated at its bin's centre; a smaller one is drawn point for pixel.
 */
class HeatmapBinningTest {

	@Test
	void aGridUpToTheLimitIsOnePixelPerPoint() {
		final SweepGrid g = SweepGrid.of(SweepAxis.of("a", "values1", 0, 10, 11, SweepAxis.Spacing.LINEAR), SweepAxis
			.of("b", "values2", 1, 3, 3, SweepAxis.Spacing.LINEAR));
		final double[] v = new double[g.size()];
		for (int p = 0; p < v.length; p++)
			v[p] = p;
		final CalibratedImg img = Heatmaps.heatmap(g, v, "ms", "nA", "t", "m");
		assertEquals(11, img.dimension(0));
		assertEquals(3, img.dimension(1));
		assertArrayEquals(new double[] { 1, 1 }, img.calibration().axisScales(), 0);
		assertArrayEquals(new double[] { 0, 1 }, img.calibration().axisOrigins(), 0);
	}

	@Test
	void aWideGridIsBinnedToMeans() {
		// 10 000 values of a from 0 to 9999 (step 1) x 2 values of b: bins of ceil(10000/4096) = 3 points,
		// 3334 pixels; pixel k of row j averages points 3k, 3k+1, 3k+2 (the last pixel points 9999 alone)
		final SweepGrid g = SweepGrid.of(SweepAxis.of("a", "values1", 0, 9999, 10_000, SweepAxis.Spacing.LINEAR),
			SweepAxis.of("b", "values2", 0, 1, 2, SweepAxis.Spacing.LINEAR));
		final double[] v = new double[g.size()];
		for (int j = 0; j < 2; j++)
			for (int i = 0; i < 10_000; i++)
				v[g.index(i, j)] = i == 4 ? Double.NaN : 1000 * j + i;
		final CalibratedImg img = Heatmaps.heatmap(g, v, "", "", "t", "m");
		assertEquals(3334, img.dimension(0));
		assertEquals(2, img.dimension(1));
		assertTrue(img.dimension(0) <= Heatmaps.MAX_PIXELS);
		final float[] px = img.pixels();
		assertEquals(1f, px[0], 0); // (0 + 1 + 2) / 3
		assertEquals(4f, px[1], 0); // (3 + 5) / 2: the NaN at 4 left out
		assertEquals(9999f, px[3333], 0);
		assertEquals(1000 + 7f, px[3334 + 2], 0);
		assertArrayEquals(new double[] { 3, 1 }, img.calibration().axisScales(), 0);
		assertArrayEquals(new double[] { 1, 0 }, img.calibration().axisOrigins(), 0); // centre of the first bin
	}
}

package org.neuronmodels.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;

/**
 * A streamed sweep's heatmap, accumulated block by block in point order, has
 * the very pixels of the heatmap of all values at once, binned or not; a binned
 * pixel is the mean of its finite values (computed here independently).
 */
class HeatmapBinsTest {

	private static float[] streamed(final SweepGrid grid, final double[] values, final int block) {
		final HeatmapBins bins = new HeatmapBins(grid);
		for (int from = 0; from < values.length; from += block)
			bins.add(from, Arrays.copyOfRange(values, from, Math.min(values.length, from + block)));
		return bins.pixels();
	}

	private static double[] randomValues(final int n) {
		final Random random = new Random(11);
		final double[] v = new double[n];
		for (int p = 0; p < n; p++)
			v[p] = p % 97 == 0 ? Double.NaN : random.nextGaussian() * 10;
		return v;
	}

	@Test
	void blocksGiveTheSamePixelsAsOneRun() {
		for (final int width : new int[] { 37, 9000 }) { // 9000 > 4096: binned 3 points per pixel along x
			final SweepGrid grid = SweepGrid.of(SweepAxis.of("a", "values1", 1, 2, width, SweepAxis.Spacing.LINEAR),
				SweepAxis.of("b", "values2", 1, 2, 5, SweepAxis.Spacing.LINEAR));
			final double[] values = randomValues(grid.size());
			final float[] whole = Heatmaps.heatmap(grid, values, "", "", "t", "m").pixels();
			for (final int block : new int[] { 1, 7, 4096, 10_000 })
				assertArrayEquals(whole, streamed(grid, values, block), "width " + width + ", block " + block);
			if (width == 9000) { // pixel 1 of row 2: the mean of the finite values of points 3, 4, 5 of that row
				final int row = 2 * width;
				double sum = 0;
				int n = 0;
				for (int i = 3; i < 6; i++)
					if (!Double.isNaN(values[row + i])) {
						sum += values[row + i];
						n++;
					}
				assertEquals((float) (sum / n), whole[2 * 3000 + 1]);
			}
		}
	}
}

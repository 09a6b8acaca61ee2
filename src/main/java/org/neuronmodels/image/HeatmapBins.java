package org.neuronmodels.image;

import org.neuronmodels.core.sweep.SweepGrid;

/**
 * The pixels of a sweep's heatmap accumulated point by point, in point order,
 * in memory bounded by {@value Heatmaps#MAX_PIXELS}² pixels whatever the grid
 * size: a grid of up to {@value Heatmaps#MAX_PIXELS} points per axis keeps each
 * value; a larger one is binned, each pixel the mean of the finite values of its
 * grid points (summed in point order, so a streamed run gives the very same
 * pixels as a run held in memory).
 */
public final class HeatmapBins {

	private final int w, fx, fy, bw, bh;
	private final double[] sum;
	private final int[] count;

	/** Empty bins for the 2-D {@code grid} (the whole grid). */
	public HeatmapBins(final SweepGrid grid) {
		if (grid.axis2() == null) throw new IllegalArgumentException("a heatmap needs a 2-D sweep");
		this.w = grid.width();
		this.fx = Heatmaps.bin(w);
		this.fy = Heatmaps.bin(grid.height());
		this.bw = (w + fx - 1) / fx;
		this.bh = (grid.height() + fy - 1) / fy;
		this.sum = new double[bw * bh];
		this.count = fx == 1 && fy == 1 ? null : new int[bw * bh];
	}

	/** Adds {@code values[k]} as the value of point {@code first + k} of the whole grid. */
	public void add(final long first, final double[] values) {
		for (int k = 0; k < values.length; k++) {
			final long point = first + k;
			final int i = (int) (point % w), j = (int) (point / w);
			final double v = values[k];
			if (count == null) sum[j * w + i] = v;
			else if (Double.isFinite(v)) {
				final int p = (j / fy) * bw + i / fx;
				sum[p] += v;
				count[p]++;
			}
		}
	}

	/** The pixels so far. */
	float[] pixels() {
		final float[] pixels = new float[sum.length];
		for (int p = 0; p < pixels.length; p++)
			pixels[p] = count == null ? (float) sum[p] : count[p] == 0 ? Float.NaN : (float) (sum[p] / count[p]);
		return pixels;
	}

	int binX() {
		return fx;
	}

	int binY() {
		return fy;
	}

	int width() {
		return bw;
	}

	int height() {
		return bh;
	}
}

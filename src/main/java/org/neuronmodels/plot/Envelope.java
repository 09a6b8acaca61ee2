package org.neuronmodels.plot;

import java.util.Arrays;

/**
 * Decimation of a series for drawing: at most a few points per pixel column,
 * keeping in each column the first and last sample and those with the least
 * and greatest value, in their original order (a min/max envelope), so every
 * spike peak and trough is still drawn while a chart of 10⁷ samples draws as
 * fast and as small as one of 10⁴. NaN samples (gaps) are kept, one per column.
 * The full data stays where it came from (the command's data files).
 */
public final class Envelope {

	/** Columns a series is decimated to: more than the pixel width of any saved or shown chart. */
	public static final int COLUMNS = 1500;

	private Envelope() {}

	/** Whether a series of {@code n} samples is decimated for {@code columns} columns. */
	public static boolean reduces(final int n, final int columns) {
		return n > 4L * columns;
	}

	/**
	 * The points of {@code (x[i], y[i])} to draw in {@code columns} columns, as
	 * {@code {x, y}}: the arrays themselves when short enough, else at most
	 * 5 points per column. Columns split the x range evenly when x never
	 * decreases (time series), else consecutive runs of samples (trajectories),
	 * where the extremes of x are kept too.
	 */
	public static double[][] of(final double[] x, final double[] y, final int columns) {
		if (x.length != y.length) throw new IllegalArgumentException(x.length + " x values but " + y.length +
			" y values");
		final int n = x.length;
		if (!reduces(n, columns)) return new double[][] { x, y };
		final boolean sorted = ascending(x);
		final double x0 = x[0], span = x[n - 1] - x[0];
		final int[] kept = new int[7 * columns + 7]; // at most columns + 1 runs of at most 7 picks
		int count = 0, start = 0;
		while (start < n) {
			int end; // exclusive end of this column's samples
			if (sorted && span > 0) {
				final int col = column(x[start], x0, span, columns);
				end = start + 1;
				while (end < n && column(x[end], x0, span, columns) == col)
					end++;
			}
			else end = Math.min(n, start + (int) Math.ceil(n / (double) columns));
			count = keep(x, y, start, end, !sorted, kept, count);
			start = end;
		}
		final double[][] out = new double[2][count];
		for (int k = 0; k < count; k++) {
			out[0][k] = x[kept[k]];
			out[1][k] = y[kept[k]];
		}
		return out;
	}

	// -- Helper methods --

	private static int column(final double x, final double x0, final double span, final int columns) {
		return (int) Math.min(columns - 1, (x - x0) / span * columns);
	}

	/** Appends the indices to draw of samples {@code [start, end)} in index order; returns the new count. */
	private static int keep(final double[] x, final double[] y, final int start, final int end,
		final boolean extremesOfX, final int[] kept, final int count)
	{
		int minY = -1, maxY = -1, minX = -1, maxX = -1, gap = -1;
		for (int i = start; i < end; i++) {
			final double v = y[i];
			if (Double.isNaN(v) || Double.isNaN(x[i])) {
				if (gap < 0) gap = i;
				continue;
			}
			if (minY < 0 || v < y[minY]) minY = i;
			if (maxY < 0 || v > y[maxY]) maxY = i;
			if (minX < 0 || x[i] < x[minX]) minX = i;
			if (maxX < 0 || x[i] > x[maxX]) maxX = i;
		}
		final int[] picks = extremesOfX ? new int[] { start, minY, maxY, minX, maxX, gap, end - 1 } : new int[] { start,
			minY, maxY, gap, end - 1 };
		Arrays.sort(picks);
		int c = count, last = -1;
		for (final int p : picks) {
			if (p < 0 || p == last) continue;
			kept[c++] = p;
			last = p;
		}
		return c;
	}

	private static boolean ascending(final double[] x) {
		for (int i = 1; i < x.length; i++)
			if (!(x[i] >= x[i - 1])) return false;
		return true;
	}
}

package org.neuronmodels.core.sweep;

import java.util.Arrays;

/**
 * A curve decimated for drawing while its points stream in, in bounded memory:
 * the points {@code plot.Envelope.of(x, y, columns)} keeps for a series whose
 * {@code n} x values never decrease from {@code x0} to {@code x1}, without
 * holding the series. With at most {@code 4·columns} points every point is
 * kept; else the x range is split into {@code columns} equal columns (runs of
 * {@code ⌈n / columns⌉} points if {@code x0 = x1}) and each column keeps its
 * first and last point, the first point of least and of greatest y, and its
 * first NaN (a gap), in their original order: a min/max envelope, so no peak
 * or trough disappears. At most {@code 5·columns} points are kept.
 */
public final class StreamEnvelope {

	private final long n;
	private final int columns;
	private final double x0, span;
	private final boolean all;
	private final long run;
	private double[] xs, ys;
	private int size;
	private long index;
	private int column = -1;
	private long first, last, min, max, gap;
	private double firstX, firstY, lastX, lastY, minX, minY, maxX, maxY, gapX, gapY;

	/** An envelope of {@code n} points with x from {@code x0} to {@code x1} (never decreasing), in {@code columns}. */
	public StreamEnvelope(final long n, final double x0, final double x1, final int columns) {
		if (columns < 1) throw new IllegalArgumentException("columns = " + columns);
		this.n = n;
		this.columns = columns;
		this.x0 = x0;
		this.span = x1 - x0;
		this.all = n <= 4L * columns;
		this.run = (n + columns - 1) / columns;
		final int capacity = (int) Math.min(all ? n : 5L * columns + 5, Integer.MAX_VALUE - 8);
		xs = new double[Math.max(1, Math.min(capacity, 1024))];
		ys = new double[xs.length];
	}

	/** Adds the next point. */
	public void add(final double x, final double y) {
		final long i = index++;
		if (all) {
			append(x, y);
			return;
		}
		final int col = span > 0 ? (int) Math.min(columns - 1, (x - x0) / span * columns) : (int) (i / run);
		if (col != column) {
			flush();
			column = col;
			first = i;
			firstX = x;
			firstY = y;
			min = max = gap = -1;
		}
		last = i;
		lastX = x;
		lastY = y;
		if (Double.isNaN(y) || Double.isNaN(x)) {
			if (gap < 0) {
				gap = i;
				gapX = x;
				gapY = y;
			}
			return;
		}
		if (min < 0 || y < minY) {
			min = i;
			minX = x;
			minY = y;
		}
		if (max < 0 || y > maxY) {
			max = i;
			maxX = x;
			maxY = y;
		}
	}

	/** The kept points as {@code {x, y}} (after every point was added). */
	public double[][] points() {
		if (index != n) throw new IllegalStateException(index + " of " + n + " points were added");
		flush();
		column = -1;
		return new double[][] { Arrays.copyOf(xs, size), Arrays.copyOf(ys, size) };
	}

	// -- Helper methods --

	/** Appends the current column's picks in index order (duplicates once). */
	private void flush() {
		if (column < 0) return;
		final long[] picks = { first, min, max, gap, last };
		Arrays.sort(picks);
		long prev = -1;
		for (final long p : picks) {
			if (p < 0 || p == prev) continue;
			prev = p;
			if (p == first) append(firstX, firstY);
			else if (p == min) append(minX, minY);
			else if (p == max) append(maxX, maxY);
			else if (p == gap) append(gapX, gapY);
			else append(lastX, lastY);
		}
		column = -1;
	}

	private void append(final double x, final double y) {
		if (size == xs.length) {
			xs = Arrays.copyOf(xs, 2 * size);
			ys = Arrays.copyOf(ys, 2 * size);
		}
		xs[size] = x;
		ys[size++] = y;
	}
}

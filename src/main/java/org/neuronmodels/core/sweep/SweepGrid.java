package org.neuronmodels.core.sweep;

/**
 * A 1-D or 2-D grid of parameter values. Points are numbered with the first
 * axis varying fastest: point {@code p} has {@code i = p % n1} on axis 1 and
 * {@code j = p / n1} on axis 2 (the pixel order of an image with x = axis 1,
 * y = axis 2).
 */
public final class SweepGrid {

	private final SweepAxis axis1;
	private final SweepAxis axis2;
	private final int offset;
	private final int count;

	private SweepGrid(final SweepAxis axis1, final SweepAxis axis2, final int offset, final int count) {
		this.axis1 = axis1;
		this.axis2 = axis2;
		this.offset = offset;
		this.count = count;
	}

	private SweepGrid(final SweepAxis axis1, final SweepAxis axis2) {
		this(axis1, axis2, 0, axis1.size() * (axis2 == null ? 1 : axis2.size()));
	}

	/**
	 * Points {@code from … to−1} of this (whole) grid as a grid of their own, for a shard of a
	 * sweep: its point {@code p} is point {@code from + p} here ({@link #value1}, {@link #value2},
	 * {@link #size}); axes, width and height stay those of the whole grid.
	 */
	public SweepGrid part(final int from, final int to) {
		if (from < 0 || to > size() || from >= to || offset != 0) {
			throw new IllegalArgumentException("points " + from + "–" + to + " are not a part of " + size() + " points");
		}
		return new SweepGrid(axis1, axis2, from, to - from);
	}

	/** The first point of the whole grid this grid holds (0 unless it is a {@link #part}). */
	public int offset() {
		return offset;
	}

	/** A 1-D grid. */
	public static SweepGrid of(final SweepAxis axis1) {
		return new SweepGrid(axis1, null);
	}

	/** A 2-D grid (a 1-D grid if {@code axis2} is null). */
	public static SweepGrid of(final SweepAxis axis1, final SweepAxis axis2) {
		if (axis2 != null && axis2.parameter().equals(axis1.parameter())) {
			throw new org.neuronmodels.core.InvalidParameterException(axis2.field(), "the second swept parameter \"" +
				axis2.parameter() + "\" is the same as the first");
		}
		if (axis2 != null && (long) axis1.size() * axis2.size() > Integer.MAX_VALUE - 8) {
			throw new org.neuronmodels.core.InvalidParameterException(axis2.field(), "the grid of " + axis1.size() +
				" × " + axis2.size() + " points is too large");
		}
		return new SweepGrid(axis1, axis2);
	}

	/** The first axis. */
	public SweepAxis axis1() {
		return axis1;
	}

	/** The second axis, or null for a 1-D grid. */
	public SweepAxis axis2() {
		return axis2;
	}

	/** 1 or 2. */
	public int dimensions() {
		return axis2 == null ? 1 : 2;
	}

	/** The number of points along axis 1. */
	public int width() {
		return axis1.size();
	}

	/** The number of points along axis 2 (1 for a 1-D grid). */
	public int height() {
		return axis2 == null ? 1 : axis2.size();
	}

	/** The number of points. */
	public int size() {
		return count;
	}

	/** The point at index {@code i} on axis 1 and {@code j} on axis 2. */
	public int index(final int i, final int j) {
		return j * width() + i;
	}

	/** The value of parameter 1 at point {@code p}. */
	public double value1(final int p) {
		return axis1.value((offset + p) % width());
	}

	/** The value of parameter 2 at point {@code p} (NaN for a 1-D grid). */
	public double value2(final int p) {
		return axis2 == null ? Double.NaN : axis2.value((offset + p) / width());
	}

	/**
	 * Up to {@code perAxis} evenly spread points along each axis (the first and
	 * last included), as point indices in row order: up to 3 × 3 points for a
	 * 2-D grid with {@code perAxis = 3}.
	 */
	public int[] picks(final int perAxis) {
		final int[] is = spread(width(), perAxis);
		final int[] js = axis2 == null ? new int[] { 0 } : spread(height(), perAxis);
		final int[] points = new int[is.length * js.length];
		int k = 0;
		for (final int j : js)
			for (final int i : is)
				points[k++] = index(i, j);
		return points;
	}

	/** Up to {@code k} distinct indices of {@code 0 … n−1}, evenly spread, first and last included. */
	static int[] spread(final int n, final int k) {
		final int m = Math.max(0, Math.min(n, k));
		final int[] out = new int[m];
		for (int a = 0; a < m; a++)
			out[a] = m == 1 ? 0 : (int) Math.round(a * (n - 1) / (double) (m - 1));
		return out;
	}
}

package org.neuronmodels.image;

import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;

/**
 * Values on a 2-D sweep grid as a calibrated float image: x = parameter 1,
 * y = parameter 2 (row 0 = the first value of parameter 2), pixel = the value
 * at that grid point. A linearly spaced axis is calibrated in the parameter's
 * unit; a log-spaced axis is calibrated in log10 of it, and says so in its
 * name and unit (e.g. {@code "log10(tauM)"}, {@code "log10(ms)"}), because
 * an image axis can only be linear. A grid wider or taller than
 * {@value #MAX_PIXELS} points is binned to at most that many pixels.
 */
public final class Heatmaps {

	/**
	 * The most pixels along an axis: a larger grid is binned, each pixel the mean of the finite values
	 * of its grid points, calibrated at the centre of its bin (the full values are in the table).
	 */
	public static final int MAX_PIXELS = 4096;

	private Heatmaps() {}

	/** The heatmap of {@code values} (one per grid point, in point order). */
	public static CalibratedImg heatmap(final SweepGrid grid, final double[] values, final String unit1,
		final String unit2, final String title, final String valueMeaning)
	{
		final HeatmapBins bins = new HeatmapBins(grid);
		bins.add(0, values);
		return heatmap(grid, bins, unit1, unit2, title, valueMeaning);
	}

	/** The heatmap of the values accumulated in {@code bins} (e.g. while a big sweep streamed). */
	public static CalibratedImg heatmap(final SweepGrid grid, final HeatmapBins bins, final String unit1,
		final String unit2, final String title, final String valueMeaning)
	{
		final int fx = bins.binX(), fy = bins.binY();
		final SweepAxis a = grid.axis1();
		final SweepAxis b = grid.axis2();
		return new CalibratedImg(bins.pixels(), bins.width(), bins.height(), title, new String[] { name(a), name(b) },
			new String[] { unit(a, unit1), unit(b, unit2) }, new double[] { scale(a) * fx, scale(b) * fy },
			new double[] { origin(a) + scale(a) * (fx - 1) / 2, origin(b) + scale(b) * (fy - 1) / 2 }, valueMeaning);
	}

	/** Grid points per pixel along an axis of {@code n} points: 1 up to {@value #MAX_PIXELS}, else enough to fit. */
	static int bin(final int n) {
		return (n + MAX_PIXELS - 1) / MAX_PIXELS;
	}

	/** The axis name: the parameter, or {@code log10(parameter)} for log spacing. */
	public static String name(final SweepAxis axis) {
		return log(axis) ? "log10(" + axis.parameter() + ")" : axis.parameter();
	}

	/** The axis unit: the parameter's, or {@code log10(unit)} for log spacing. */
	public static String unit(final SweepAxis axis, final String unit) {
		if (!log(axis)) return unit;
		return unit.isEmpty() ? "log10" : "log10(" + unit + ")";
	}

	/** The calibrated size of one pixel: the step between values (of log10 values for log spacing). */
	public static double scale(final SweepAxis axis) {
		if (axis.size() < 2) return 1;
		return log(axis) ? (Math.log10(axis.max()) - Math.log10(axis.min())) / (axis.size() - 1) : (axis.max() - axis
			.min()) / (axis.size() - 1);
	}

	/** The calibrated position of pixel 0: the first value (its log10 for log spacing). */
	public static double origin(final SweepAxis axis) {
		return log(axis) ? Math.log10(axis.min()) : axis.min();
	}

	private static boolean log(final SweepAxis axis) {
		return axis.spacing() == SweepAxis.Spacing.LOG;
	}
}

package org.neuronmodels.image;

import org.neuronmodels.core.sweep.SweepAxis;
import org.neuronmodels.core.sweep.SweepGrid;

/**
 * Values on a 2-D sweep grid as a calibrated float image: x = parameter 1,
 * y = parameter 2 (row 0 = the first value of parameter 2), pixel = the value
 * at that grid point. A linearly spaced axis is calibrated in the parameter's
 * unit; a log-spaced axis is calibrated in log10 of it, and says so in its
 * name and unit (e.g. {@code "log10(tauM)"}, {@code "log10(ms)"}), because
 * an image axis can only be linear.
 */
public final class Heatmaps {

	private Heatmaps() {}

	/** The heatmap of {@code values} (one per grid point, in point order). */
	public static CalibratedImg heatmap(final SweepGrid grid, final double[] values, final String unit1,
		final String unit2, final String title, final String valueMeaning)
	{
		if (grid.axis2() == null) throw new IllegalArgumentException("a heatmap needs a 2-D sweep");
		final float[] pixels = new float[grid.size()];
		for (int p = 0; p < pixels.length; p++)
			pixels[p] = (float) values[p];
		final SweepAxis a = grid.axis1();
		final SweepAxis b = grid.axis2();
		return new CalibratedImg(pixels, grid.width(), grid.height(), title, new String[] { name(a), name(b) },
			new String[] { unit(a, unit1), unit(b, unit2) }, new double[] { scale(a), scale(b) }, new double[] { origin(
				a), origin(b) }, valueMeaning);
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

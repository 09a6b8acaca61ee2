package org.neuronmodels.core.morrislecar;

import java.util.ArrayList;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.model.ParameterValues;

/**
 * The curves of the (V, w) phase plane of a Morris–Lecar run: the V-nullcline
 * at the starting current and at the current farthest from it, the w-nullcline
 * w = w∞(V), and the trajectory. The nullclines are sampled over the V range
 * the trajectory visits (&plusmn;5 mV) and cut (NaN) where they leave its w range
 * (&plusmn;10 % of its span, at least &plusmn;0.02), so that they do not squash the
 * plot; the V-nullcline is undefined (NaN) at V = E_K.
 */
public final class MorrisLecarPhasePlane {

	/** Points per nullcline. */
	public static final int SAMPLES = 400;

	private final List<String> names = new ArrayList<>();
	private final List<double[]> xs = new ArrayList<>(), ys = new ArrayList<>();

	private MorrisLecarPhasePlane() {}

	/** The curves for a run with parameter values {@code p}: trajectory {@code v}, {@code w}, input {@code current}. */
	public static MorrisLecarPhasePlane of(final ParameterValues p, final double[] v, final double[] w,
		final double[] current)
	{
		return of(MorrisLecarModel.cell(p), v, w, current);
	}

	/** The curves for a run of {@code cell}: trajectory {@code v}, {@code w}, input {@code current}. */
	public static MorrisLecarPhasePlane of(final MorrisLecarCell cell, final double[] v, final double[] w,
		final double[] current)
	{
		final double[] vr = range(v, 5, 0), wr = range(w, 0.02, 0.1);
		final double base = current.length == 0 ? 0 : current[0];
		double drive = base;
		for (final double i : current)
			if (Math.abs(i - base) > Math.abs(drive - base)) drive = i;
		final MorrisLecarPhasePlane plane = new MorrisLecarPhasePlane();
		final double[] grid = new double[SAMPLES];
		for (int k = 0; k < SAMPLES; k++)
			grid[k] = vr[0] + (vr[1] - vr[0]) * k / (SAMPLES - 1);
		for (final double i : drive == base ? new double[] { base } : new double[] { base, drive }) {
			final double[] y = new double[SAMPLES];
			for (int k = 0; k < SAMPLES; k++)
				y[k] = clip(cell.vNullcline(grid[k], i), wr);
			plane.add("V-nullcline, I = " + Checks.fmt(i) + " µA/cm²", grid, y);
		}
		final double[] wInf = new double[SAMPLES];
		for (int k = 0; k < SAMPLES; k++)
			wInf[k] = clip(cell.wNullcline(grid[k]), wr);
		plane.add("w-nullcline", grid, wInf);
		plane.add("trajectory", v, w);
		return plane;
	}

	/** The number of curves. */
	public int size() {
		return names.size();
	}

	/** The name of curve {@code i} (for the legend). */
	public String name(final int i) {
		return names.get(i);
	}

	/** The V values (mV) of curve {@code i}. */
	public double[] v(final int i) {
		return xs.get(i);
	}

	/** The w values of curve {@code i} (NaN where cut). */
	public double[] w(final int i) {
		return ys.get(i);
	}

	private void add(final String name, final double[] x, final double[] y) {
		names.add(name);
		xs.add(x);
		ys.add(y);
	}

	private static double clip(final double value, final double[] range) {
		return value >= range[0] && value <= range[1] ? value : Double.NaN;
	}

	/** [min − pad, max + pad] with pad = max(minPad, fraction·span); [−1, 1] around 0 for no data. */
	private static double[] range(final double[] x, final double minPad, final double fraction) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double value : x) {
			lo = Math.min(lo, value);
			hi = Math.max(hi, value);
		}
		if (x.length == 0) lo = hi = 0;
		final double pad = Math.max(minPad, fraction * (hi - lo));
		return new double[] { lo - pad, hi + pad };
	}
}

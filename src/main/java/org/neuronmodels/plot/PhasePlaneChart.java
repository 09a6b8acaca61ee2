package org.neuronmodels.plot;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.neuronmodels.core.Checks;
import org.neuronmodels.core.izhikevich.IzhikevichCell;

/**
 * The (v, u) phase plane of an Izhikevich neuron: the v-nullcline
 * {@code u = vSquare·v² + vLinear·v + vConstant + I} for each given current,
 * the u-nullcline {@code b·(v − uVoltageOrigin) = uDecay·u} (a vertical line
 * when {@code uDecay = 0}), and the trajectory. The axes are fitted to the
 * trajectory, so the nullclines are clipped to the region it visits.
 */
public final class PhasePlaneChart {

	private static final int SAMPLES = 400;

	private PhasePlaneChart() {}

	/** The chart of trajectory ({@code v}, {@code u}) with the nullclines of {@code cell} at {@code currents}. */
	public static JFreeChart create(final String title, final IzhikevichCell cell, final double[] v,
		final double[] u, final double[] currents, final String uUnit)
	{
		final double[] vr = range(v, 5, 10);
		final double[] ur = range(u, 0.15 * Math.max(1e-9, span(u)), 2);
		final DefaultXYDataset data = new DefaultXYDataset();
		final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setDrawSeriesLineAsPath(true);
		int series = 0;
		for (int j = 0; j < currents.length; j++) {
			final double[][] xy = new double[2][SAMPLES];
			for (int k = 0; k < SAMPLES; k++) {
				final double x = vr[0] + (vr[1] - vr[0]) * k / (SAMPLES - 1);
				xy[0][k] = x;
				xy[1][k] = cell.dv(x, 0, currents[j]); // dv/dt = 0 ⇔ u = dv(x, u = 0, I)
			}
			data.addSeries("v-nullcline, I = " + Checks.fmt(currents[j]), xy);
			renderer.setSeriesPaint(series, j == 0 ? new Color(0x2ca02c) : new Color(0xff7f0e));
			renderer.setSeriesStroke(series++, j == 0 && currents.length > 1 ? dashed() : new BasicStroke(1.5f));
		}
		data.addSeries("u-nullcline", uNullcline(cell, vr, ur));
		renderer.setSeriesPaint(series, new Color(0x9467bd));
		renderer.setSeriesStroke(series++, new BasicStroke(1.5f));
		data.addSeries("trajectory", Envelope.of(v, u, Envelope.COLUMNS));
		renderer.setSeriesPaint(series, new Color(0x1f77b4));
		renderer.setSeriesStroke(series, new BasicStroke(1f));
		final NumberAxis x = new NumberAxis("v (mV)");
		x.setRange(vr[0], vr[1]);
		final NumberAxis y = new NumberAxis("u (" + uUnit + ")");
		y.setRange(ur[0], ur[1]);
		final XYPlot plot = new XYPlot(data, x, y, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		final JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	private static double[][] uNullcline(final IzhikevichCell cell, final double[] vr, final double[] ur) {
		if (cell.uDecay == 0) return new double[][] { { cell.uVoltageOrigin, cell.uVoltageOrigin }, { ur[0], ur[1] } };
		final double slope = cell.b / cell.uDecay;
		return new double[][] { { vr[0], vr[1] }, { slope * (vr[0] - cell.uVoltageOrigin), slope * (vr[1] -
			cell.uVoltageOrigin) } };
	}

	private static BasicStroke dashed() {
		return new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f);
	}

	private static double span(final double[] x) {
		final double[] r = range(x, 0, 0);
		return r[1] - r[0];
	}

	/** [min − pad, max + pad], widened to at least {@code minSpan}. */
	private static double[] range(final double[] x, final double pad, final double minSpan) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final double value : x) {
			lo = Math.min(lo, value);
			hi = Math.max(hi, value);
		}
		if (x.length == 0) {
			lo = 0;
			hi = 0;
		}
		lo -= pad;
		hi += pad;
		if (hi - lo < minSpan) {
			final double mid = (lo + hi) / 2;
			lo = mid - minSpan / 2;
			hi = mid + minSpan / 2;
		}
		return new double[] { lo, hi };
	}
}

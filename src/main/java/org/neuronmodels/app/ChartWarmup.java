package org.neuronmodels.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.neuronmodels.io.ChartFiles;

/**
 * Loads and initialises the chart output path (JFreeChart, Java2D, fonts,
 * the PNG encoder, the SVG writer) on a background daemon thread by drawing a
 * tiny throw-away chart, so that this one-time cost overlaps with plugin
 * discovery and context start-up on the other core instead of delaying the
 * outputs. The launcher waits for it before running the command, so the
 * command never initialises these classes concurrently with it. Never
 * affects results: every failure is ignored.
 */
final class ChartWarmup {

	private ChartWarmup() {}

	/** Test hook: the warm-up waits this long (ms) before drawing, to reproduce a late warm-up at exit. */
	static final String DELAY_PROPERTY = "neuronmodels.warmup.delayMs";

	/**
	 * Starts the warm-up thread. ImageIO's disk cache is switched off first: a
	 * PNG written through it registers its stream with the JDK's StreamCloser
	 * shutdown hook, which then raced a warm-up still writing at exit (an
	 * IndexOutOfBoundsException stack trace); in-memory streams register
	 * nothing. The launcher also waits for the warm-up before it returns.
	 */
	static Thread start() {
		ImageIO.setUseCache(false);
		final Thread t = new Thread(ChartWarmup::run, "neuron-models-chart-warmup");
		t.setDaemon(true);
		t.start();
		return t;
	}

	/** Waits for the warm-up started by {@link #start()} (nothing if {@code warmup} is null). */
	static void await(final Thread warmup) {
		if (warmup == null) return;
		try {
			warmup.join();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void run() {
		try {
			final long delay = Long.getLong(DELAY_PROPERTY, 0);
			if (delay > 0) Thread.sleep(delay);
			final DefaultXYDataset data = new DefaultXYDataset();
			data.addSeries("warm-up", new double[][] { { 0, 1, 2 }, { 0, 1, 0 } });
			final XYPlot plot = new XYPlot(data, new NumberAxis("x (ms)"), new NumberAxis("y (mV)"),
				new XYLineAndShapeRenderer(true, true));
			plot.addRangeMarker(new ValueMarker(0.5, Color.GRAY, new BasicStroke(1f)));
			final JFreeChart chart = new JFreeChart("warm-up", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
			final OutputStream sink = new OutputStream() {

				@Override
				public void write(final int b) {}

				@Override
				public void write(final byte[] b, final int off, final int len) {}
			};
			ChartFiles.writePng(chart, sink, 120, 90);
			ChartFiles.writeSvg(chart, sink, 120, 90);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (final IOException | RuntimeException | LinkageError e) {
			// a warm-up only: the real outputs report their own problems
		}
	}
}

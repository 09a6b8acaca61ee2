package org.neuronmodels.io;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.neuronmodels.plot.ChartData;

/** Saves JFreeChart charts as PNG and SVG files (and their data as CSV) without opening any window. */
public final class ChartFiles {

	/** Default width in pixels of saved charts. */
	public static final int WIDTH = 1000;

	/** Default height in pixels of saved charts. */
	public static final int HEIGHT = 700;

	private ChartFiles() {}

	/** Saves the chart to {@code path} (atomically) as SVG if the name ends with ".svg", else as PNG. */
	public static void save(final JFreeChart chart, final Path path)
		throws IOException
	{
		save(chart, path, WIDTH, HEIGHT);
	}

	/** Saves the chart at the given size; the format follows the file name (".svg" or PNG). */
	public static void save(final JFreeChart chart, final Path path,
		final int width, final int height) throws IOException
	{
		final boolean svg = path.getFileName().toString().toLowerCase().endsWith(
			".svg");
		AtomicFiles.write(path, out -> {
			if (svg) writeSvg(chart, out, width, height);
			else writePng(chart, out, width, height);
		});
	}

	/** Writes the chart as a PNG image to {@code out}. */
	public static void writePng(final JFreeChart chart, final OutputStream out,
		final int width, final int height) throws IOException
	{
		ChartUtils.writeChartAsPNG(out, chart, width, height);
	}

	/** Writes the chart as an SVG document (UTF-8) to {@code out}. */
	public static void writeSvg(final JFreeChart chart, final OutputStream out,
		final int width, final int height) throws IOException
	{
		out.write(toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8));
	}

	/** The data the chart plots as CSV text (see {@link ChartData#table}). */
	public static String toCsv(final JFreeChart chart) {
		return CsvFiles.toCsv(ChartData.table(chart));
	}

	/** Renders the chart into an SVG document string (the same chart gives the same text). */
	public static String toSvg(final JFreeChart chart, final int width,
		final int height)
	{
		final SVGGraphics2D g2 = new SVGGraphics2D(width, height);
		// NB: a fixed prefix (not JFreeSVG's time-based one) makes equal charts give equal files
		final String title = chart.getTitle() == null ? "" : chart.getTitle().getText();
		g2.setDefsKeyPrefix("nm" + Integer.toHexString(title.hashCode()));
		chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
		return g2.getSVGDocument();
	}
}

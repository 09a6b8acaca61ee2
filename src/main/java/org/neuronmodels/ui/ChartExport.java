package org.neuronmodels.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.io.AtomicFiles;
import org.neuronmodels.io.ChartFiles;

/**
 * The chart window's exports, usable without a window: PNG and SVG images of
 * the chart as shown (its current zoom), and CSV of the plotted data. Every
 * file is written atomically (temporary file, then rename), so an existing
 * file is never left truncated.
 */
public final class ChartExport {

	/** The export formats, with their file extensions. */
	public enum Format {
		/** A PNG image. */
		PNG("png"),
		/** An SVG drawing. */
		SVG("svg"),
		/** The plotted data as CSV. */
		CSV("csv");

		private final String extension;

		Format(final String extension) {
			this.extension = extension;
		}

		/** The file extension without the dot. */
		public String extension() {
			return extension;
		}
	}

	private ChartExport() {}

	/** Writes the chart to {@code path} in {@code format}; images at {@code width × height} pixels. */
	public static void write(final JFreeChart chart, final Format format, final Path path, final int width,
		final int height) throws IOException
	{
		switch (format) {
			case PNG:
			case SVG:
				AtomicFiles.write(path, out -> {
					if (format == Format.SVG) ChartFiles.writeSvg(chart, out, width, height);
					else ChartFiles.writePng(chart, out, width, height);
				});
				return;
			case CSV:
				final byte[] csv = ChartFiles.toCsv(chart).getBytes(StandardCharsets.UTF_8);
				AtomicFiles.write(path, out -> out.write(csv));
				return;
			default:
				throw new IllegalArgumentException(String.valueOf(format));
		}
	}

	/** {@code path} with the format's extension added unless it already ends with it. */
	public static Path withExtension(final Path path, final Format format) {
		final String name = path.getFileName().toString();
		if (name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())) return path;
		return path.resolveSibling(name + "." + format.extension());
	}

	/** A file name made from a window title: letters, digits, '-' and '_' only. */
	public static String fileName(final String title) {
		final String s = title == null ? "" : title.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("(^-+|-+$)", "");
		return s.isEmpty() ? "chart" : s;
	}
}

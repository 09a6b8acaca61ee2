package org.neuronmodels.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.neuronmodels.image.Calibrated;

/**
 * Saves ImgLib2 images as ImageJ TIFF files through ImageJ 1.x's Java API (no
 * macros, no display): 8- and 16-bit unsigned images keep their type, every
 * other real type is stored as 32-bit float. The calibration of
 * {@link Calibrated} images (scales, origins, units) is kept, and the axis
 * names and the meaning of pixel values go into the TIFF's "Info" property.
 */
public final class TiffFiles {

	private TiffFiles() {}

	/** Saves the image (atomically) as a TIFF file at {@code path}. */
	public static void save(final RandomAccessibleInterval<? extends RealType<?>> image,
		final Path path) throws IOException
	{
		save(toImagePlus(image, defaultTitle(image, path)), path);
	}

	/** Saves an ImageJ image (atomically) as a TIFF file at {@code path}. */
	public static void save(final ImagePlus imp, final Path path)
		throws IOException
	{
		AtomicFiles.commit(stage(imp, path), path);
	}

	/** Writes the image to a temporary file beside {@code path} and returns that file. */
	public static Path stage(final ImagePlus imp, final Path path)
		throws IOException
	{
		final String title = imp.getTitle();
		try {
			return AtomicFiles.stagePath(path, temp -> {
				if (!new FileSaver(imp).saveAsTiff(temp.toString())) {
					throw new IOException("ImageJ could not write " + path);
				}
			});
		}
		finally {
			imp.setTitle(title); // FileSaver renames the image after the file
		}
	}

	/** Converts the image to an ImageJ image, carrying the calibration of {@link Calibrated} images. */
	public static ImagePlus toImagePlus(
		final RandomAccessibleInterval<? extends RealType<?>> image, final String title)
	{
		final int n = image.numDimensions();
		final long w = n > 0 ? image.dimension(0) : 1;
		final long h = n > 1 ? image.dimension(1) : 1;
		long planes = 1;
		for (int d = 2; d < n; d++) planes *= image.dimension(d);
		if (w * h > Integer.MAX_VALUE || planes > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Image " + title +
				" is too large for a TIFF file: " + w + " x " + h + " x " + planes);
		}
		final Object type = image.getType();
		final ImageStack stack = new ImageStack((int) w, (int) h);
		for (int p = 0; p < planes; p++) {
			stack.addSlice(newProcessor(type, (int) w, (int) h));
		}
		final int planeSize = (int) (w * h);
		// NB: fetch each plane's processor once; ImageStack.getProcessor rescans the plane's range on every call
		final ImageProcessor[] processors = new ImageProcessor[(int) planes];
		for (int p = 0; p < planes; p++)
			processors[p] = stack.getProcessor(p + 1);
		long index = 0;
		final Cursor<? extends RealType<?>> cursor = Views.flatIterable(image).cursor();
		while (cursor.hasNext()) {
			final double value = cursor.next().getRealDouble();
			final int plane = (int) (index / planeSize);
			final int offset = (int) (index % planeSize);
			processors[plane].setf(offset, (float) value);
			index++;
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		for (int p = 1; p <= planes; p++) {
			stack.getProcessor(p).resetMinAndMax();
		}
		imp.resetDisplayRange();
		if (image instanceof Calibrated) calibrate(imp, (Calibrated) image, n);
		return imp;
	}

	/** Copies scales, origins and units to the ImageJ calibration and describes the axes in "Info". */
	public static void calibrate(final ImagePlus imp, final Calibrated source,
		final int numDimensions)
	{
		final String[] names = source.axisNames();
		final String[] units = source.axisUnits();
		final double[] scales = source.axisScales();
		final double[] origins = source.axisOrigins();
		final Calibration cal = imp.getCalibration();
		if (numDimensions > 0 && at(scales, 0) != null) {
			cal.pixelWidth = scales[0];
			cal.xOrigin = pixelOrigin(at(origins, 0), scales[0]);
			if (at(units, 0) != null) cal.setXUnit(units[0]);
		}
		if (numDimensions > 1 && at(scales, 1) != null) {
			cal.pixelHeight = scales[1];
			cal.yOrigin = pixelOrigin(at(origins, 1), scales[1]);
			if (at(units, 1) != null) cal.setYUnit(units[1]);
		}
		if (numDimensions == 3 && at(scales, 2) != null) {
			cal.pixelDepth = scales[2];
			cal.zOrigin = pixelOrigin(at(origins, 2), scales[2]);
			if (at(units, 2) != null) cal.setZUnit(units[2]);
		}
		imp.setCalibration(cal);
		final String title = source.title();
		if (title != null && !title.isEmpty()) imp.setTitle(title);
		imp.setProperty("Info", describe(source, numDimensions));
	}

	/** A plain-text description of the axes and pixel values, as stored in the TIFF's "Info". */
	public static String describe(final Calibrated source, final int numDimensions) {
		final StringBuilder sb = new StringBuilder();
		final String[] xyz = { "x", "y", "z" };
		if (source.title() != null) sb.append("Title: ").append(source.title()).append('\n');
		for (int d = 0; d < numDimensions; d++) {
			sb.append(String.format(Locale.ROOT, "Axis %d (%s): %s [%s], scale %s, origin %s%n",
				d, d < 3 ? xyz[d] : "dim" + d, text(at(source.axisNames(), d)),
				text(at(source.axisUnits(), d)), text(at(source.axisScales(), d)),
				text(at(source.axisOrigins(), d))));
		}
		sb.append("Value: ").append(text(source.valueMeaning())).append('\n');
		return sb.toString();
	}

	// -- Helper methods --

	private static ImageProcessor newProcessor(final Object type, final int w,
		final int h)
	{
		if (type instanceof UnsignedByteType) return new ByteProcessor(w, h);
		if (type instanceof UnsignedShortType) return new ShortProcessor(w, h);
		return new FloatProcessor(w, h);
	}

	/** ImageJ's origin is in pixels: physical = (index - xOrigin) * pixelWidth. */
	private static double pixelOrigin(final Double origin, final double scale) {
		if (origin == null || scale == 0) return 0;
		return -origin / scale;
	}

	private static String defaultTitle(final Object image, final Path path) {
		if (image instanceof Calibrated && ((Calibrated) image).title() != null) {
			return ((Calibrated) image).title();
		}
		final String name = path.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	private static String at(final String[] values, final int i) {
		return values != null && i < values.length ? values[i] : null;
	}

	private static Double at(final double[] values, final int i) {
		return values != null && i < values.length ? values[i] : null;
	}

	private static String text(final Object o) {
		return o == null ? "" : o.toString();
	}
}

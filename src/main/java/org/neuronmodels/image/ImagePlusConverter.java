package org.neuronmodels.image;

import java.util.Locale;
import java.util.Map;

import ij.ImagePlus;
import ij.ImageStack;
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

/**
 * Converts ImgLib2 images to ImageJ 1.x {@link ImagePlus} images (no window is
 * opened): 8- and 16-bit unsigned images keep their type, every other real
 * type becomes 32-bit float. {@link Calibrated} images keep their scales,
 * origins and units (so Fiji's line profile, histogram and projections work in
 * ms and neuron index), their axis names and value meaning go into the "Info"
 * property, and their {@link Calibrated#properties() properties} become image
 * properties. The display range starts at 0 for non-negative images (counts)
 * and is never empty.
 */
public final class ImagePlusConverter {

	private ImagePlusConverter() {}

	/** Converts the image to an ImageJ image titled {@code title}, calibrated when it is {@link Calibrated}. */
	public static ImagePlus toImagePlus(final RandomAccessibleInterval<? extends RealType<?>> image,
		final String title)
	{
		final int n = image.numDimensions();
		final long w = n > 0 ? image.dimension(0) : 1;
		final long h = n > 1 ? image.dimension(1) : 1;
		long planes = 1;
		for (int d = 2; d < n; d++)
			planes *= image.dimension(d);
		if (w * h > Integer.MAX_VALUE || planes > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Image " + title + " is too large for ImageJ: " + w + " x " + h + " x " +
				planes);
		}
		final Object type = image.getType();
		final ImageStack stack = new ImageStack((int) w, (int) h);
		if (image instanceof CalibratedImg && n == 2) {
			// NB: same row-major float layout: copy the array (a pixel cursor takes ~100 ms for 4M pixels)
			stack.addSlice(new FloatProcessor((int) w, (int) h, ((CalibratedImg) image).pixels().clone()));
			return finish(stack, image, title, n);
		}
		if (image instanceof CalibratedShortImg && n == 2) {
			final CalibratedShortImg counts = (CalibratedShortImg) image;
			stack.addSlice(new ShortProcessor((int) w, (int) h, counts.pixels().clone(), null));
			final ImagePlus imp = finish(stack, image, title, n);
			if (counts.invertedLut()) imp.getProcessor().invertLut();
			return imp;
		}
		for (int p = 0; p < planes; p++)
			stack.addSlice(newProcessor(type, (int) w, (int) h));
		final int planeSize = (int) (w * h);
		// NB: fetch each plane's processor once; ImageStack.getProcessor rescans the plane's range on every call
		final ImageProcessor[] processors = new ImageProcessor[(int) planes];
		for (int p = 0; p < planes; p++)
			processors[p] = stack.getProcessor(p + 1);
		long index = 0;
		final Cursor<? extends RealType<?>> cursor = Views.flatIterable(image).cursor();
		while (cursor.hasNext()) {
			final double value = cursor.next().getRealDouble();
			processors[(int) (index / planeSize)].setf((int) (index % planeSize), (float) value);
			index++;
		}
		return finish(stack, image, title, n);
	}

	private static ImagePlus finish(final ImageStack stack, final RandomAccessibleInterval<?> image,
		final String title, final int n)
	{
		final ImagePlus imp = new ImagePlus(title, stack);
		for (int p = 1; p <= stack.getSize(); p++)
			stack.getProcessor(p).resetMinAndMax();
		setDisplayRange(imp);
		if (image instanceof Calibrated) calibrate(imp, (Calibrated) image, n);
		return imp;
	}

	/** Copies scales, origins and units to the ImageJ calibration, the axes to "Info", and the properties. */
	public static void calibrate(final ImagePlus imp, final Calibrated source, final int numDimensions) {
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
		if (source.valueMeaning() != null) cal.setValueUnit(source.valueMeaning());
		imp.setCalibration(cal);
		final String title = source.title();
		if (title != null && !title.isEmpty()) imp.setTitle(title);
		final StringBuilder info = new StringBuilder(describe(source, numDimensions));
		for (final Map.Entry<String, String> e : source.properties().entrySet()) {
			imp.setProp(e.getKey(), e.getValue());
			info.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
		}
		imp.setProperty("Info", info.toString());
	}

	/** A plain-text description of the axes and pixel values, as stored in the TIFF's "Info". */
	public static String describe(final Calibrated source, final int numDimensions) {
		final StringBuilder sb = new StringBuilder();
		final String[] xyz = { "x", "y", "z" };
		if (source.title() != null) sb.append("Title: ").append(source.title()).append('\n');
		for (int d = 0; d < numDimensions; d++) {
			sb.append(String.format(Locale.ROOT, "Axis %d (%s): %s [%s], scale %s, origin %s%n", d, d < 3 ? xyz[d]
				: "dim" + d, text(at(source.axisNames(), d)), text(at(source.axisUnits(), d)), text(at(source
					.axisScales(), d)), text(at(source.axisOrigins(), d))));
		}
		sb.append("Value: ").append(text(source.valueMeaning())).append('\n');
		return sb.toString();
	}

	/**
	 * Sets a display range that shows every pixel: from 0 (or the minimum if
	 * negative) to the maximum, one unit wide if the image is uniform.
	 */
	public static void setDisplayRange(final ImagePlus imp) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		final ImageStack stack = imp.getStack();
		for (int p = 1; p <= stack.getSize(); p++) {
			final ImageProcessor ip = stack.getProcessor(p);
			ip.resetMinAndMax();
			min = Math.min(min, ip.getMin());
			max = Math.max(max, ip.getMax());
		}
		if (!(min <= max)) return; // no finite pixel
		final double lo = Math.min(0, min);
		final double hi = max > lo ? max : lo + 1;
		imp.setDisplayRange(lo, hi);
		for (int p = 1; p <= stack.getSize(); p++)
			stack.getProcessor(p).setMinAndMax(lo, hi);
	}

	// -- Helper methods --

	private static ImageProcessor newProcessor(final Object type, final int w, final int h) {
		if (type instanceof UnsignedByteType) return new ByteProcessor(w, h);
		if (type instanceof UnsignedShortType) return new ShortProcessor(w, h);
		return new FloatProcessor(w, h);
	}

	/** ImageJ's origin is in pixels: physical = (index - xOrigin) * pixelWidth. */
	private static double pixelOrigin(final Double origin, final double scale) {
		if (origin == null || scale == 0) return 0;
		return -origin / scale;
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

package org.neuronmodels.io;

import java.io.IOException;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.io.FileSaver;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.neuronmodels.image.Calibrated;
import org.neuronmodels.image.ImagePlusConverter;

/**
 * Saves ImgLib2 images as ImageJ TIFF files through ImageJ 1.x's Java API (no
 * macros, no display): 8- and 16-bit unsigned images keep their type, every
 * other real type is stored as 32-bit float. The calibration of
 * {@link Calibrated} images (scales, origins, units) is kept, and the axis
 * names, the meaning of pixel values and the image's properties go into the
 * TIFF's "Info" property (see {@link ImagePlusConverter}).
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
		return ImagePlusConverter.toImagePlus(image, title);
	}

	/** Copies scales, origins and units to the ImageJ calibration and describes the axes in "Info". */
	public static void calibrate(final ImagePlus imp, final Calibrated source,
		final int numDimensions)
	{
		ImagePlusConverter.calibrate(imp, source, numDimensions);
	}

	/** A plain-text description of the axes and pixel values, as stored in the TIFF's "Info". */
	public static String describe(final Calibrated source, final int numDimensions) {
		return ImagePlusConverter.describe(source, numDimensions);
	}

	// -- Helper methods --

	private static String defaultTitle(final Object image, final Path path) {
		if (image instanceof Calibrated && ((Calibrated) image).title() != null) {
			return ((Calibrated) image).title();
		}
		final String name = path.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}

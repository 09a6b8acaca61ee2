package org.neuronmodels.image;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Fraction;

/**
 * A 2-D float ImgLib2 image that also carries its axis calibration: an
 * {@link ArrayImg} wrapping a {@code float[]} (no copy), so it goes wherever an
 * {@code Img} goes, while writers and viewers can read {@link Calibrated}.
 */
public final class CalibratedImg extends ArrayImg<FloatType, FloatArray> implements WithCalibration {

	private final AxisCalibration calibration;

	/**
	 * Wraps {@code pixels} (row-major, {@code width × height}) with the given
	 * title, axis names, units, scales, origins and value meaning.
	 */
	public CalibratedImg(final float[] pixels, final int width, final int height, final String title,
		final String[] names, final String[] units, final double[] scales, final double[] origins,
		final String valueMeaning)
	{
		super(new FloatArray(pixels), new long[] { width, height }, new Fraction());
		if ((long) width * height != pixels.length) throw new IllegalArgumentException("pixel count " +
			pixels.length + " != " + width + " x " + height);
		setLinkedType(new FloatType(this));
		this.calibration = new AxisCalibration(title, names, units, scales, origins, valueMeaning);
	}

	/** The wrapped pixel array (row-major; not a copy). */
	public float[] pixels() {
		return update(null).getCurrentStorageArray();
	}

	@Override
	public AxisCalibration calibration() {
		return calibration;
	}
}

package org.neuronmodels.image;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.util.Fraction;

/**
 * A 2-D 16-bit unsigned ImgLib2 image (counts, 0–65535) that carries its axis
 * calibration and a display hint: an {@link ArrayImg} wrapping a
 * {@code short[]} (no copy), shown in Fiji with an inverted grey LUT (0 white,
 * the most counts black) when {@link #invertedLut()} is set.
 */
public final class CalibratedShortImg extends ArrayImg<UnsignedShortType, ShortArray> implements WithCalibration {

	private final AxisCalibration calibration;
	private final boolean invertedLut;

	/**
	 * Wraps {@code pixels} (row-major, {@code width × height}, read unsigned)
	 * with the given title, axis names, units, scales, origins, value meaning and LUT.
	 */
	public CalibratedShortImg(final short[] pixels, final int width, final int height, final String title,
		final String[] names, final String[] units, final double[] scales, final double[] origins,
		final String valueMeaning, final boolean invertedLut)
	{
		super(new ShortArray(pixels), new long[] { width, height }, new Fraction());
		if ((long) width * height != pixels.length) throw new IllegalArgumentException("pixel count " +
			pixels.length + " != " + width + " x " + height);
		setLinkedType(new UnsignedShortType(this));
		this.calibration = new AxisCalibration(title, names, units, scales, origins, valueMeaning);
		this.invertedLut = invertedLut;
	}

	/** The wrapped pixel array (row-major, unsigned; not a copy). */
	public short[] pixels() {
		return update(null).getCurrentStorageArray();
	}

	/** Whether Fiji should show it with an inverted LUT (white background, dark counts). */
	public boolean invertedLut() {
		return invertedLut;
	}

	@Override
	public AxisCalibration calibration() {
		return calibration;
	}
}

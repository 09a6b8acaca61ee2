package org.neuronmodels.image;

import java.util.LinkedHashMap;
import java.util.Map;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Fraction;

/**
 * A 2-D float ImgLib2 image that also carries its axis calibration: an
 * {@link ArrayImg} wrapping a {@code float[]} (no copy), so it goes wherever an
 * {@code Img} goes, while writers and viewers can read {@link Calibrated}.
 */
public final class CalibratedImg extends ArrayImg<FloatType, FloatArray> implements Calibrated {

	private final String title;
	private final String[] names;
	private final String[] units;
	private final double[] scales;
	private final double[] origins;
	private final String valueMeaning;
	private final Map<String, String> properties = new LinkedHashMap<>();

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
		this.title = title;
		this.names = names.clone();
		this.units = units.clone();
		this.scales = scales.clone();
		this.origins = origins.clone();
		this.valueMeaning = valueMeaning;
	}

	/** The wrapped pixel array (row-major; not a copy). */
	public float[] pixels() {
		return update(null).getCurrentStorageArray();
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public String[] axisNames() {
		return names.clone();
	}

	@Override
	public String[] axisUnits() {
		return units.clone();
	}

	@Override
	public double[] axisScales() {
		return scales.clone();
	}

	@Override
	public double[] axisOrigins() {
		return origins.clone();
	}

	@Override
	public String valueMeaning() {
		return valueMeaning;
	}

	/** The image's metadata, in insertion order; a live, modifiable map. */
	@Override
	public Map<String, String> properties() {
		return properties;
	}
}

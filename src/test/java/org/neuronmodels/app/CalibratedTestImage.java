package org.neuronmodels.app;

import net.imglib2.Interval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

import org.neuronmodels.image.Calibrated;

/** A test image: a float image plus axis calibration (x = time in ms, y = neuron index). */
final class CalibratedTestImage implements RandomAccessibleInterval<FloatType>,
	Calibrated
{

	private final Img<FloatType> img;
	private final double dtMs;
	private final double t0Ms;

	CalibratedTestImage(final Img<FloatType> img, final double dtMs,
		final double t0Ms)
	{
		this.img = img;
		this.dtMs = dtMs;
		this.t0Ms = t0Ms;
	}

	@Override
	public String title() {
		return "Test raster";
	}

	@Override
	public String[] axisNames() {
		return new String[] { "Time", "Neuron" };
	}

	@Override
	public String[] axisUnits() {
		return new String[] { "ms", "neuron" };
	}

	@Override
	public double[] axisScales() {
		return new double[] { dtMs, 1 };
	}

	@Override
	public double[] axisOrigins() {
		return new double[] { t0Ms, 0 };
	}

	@Override
	public String valueMeaning() {
		return "spikes per bin";
	}

	@Override
	public RandomAccess<FloatType> randomAccess() {
		return img.randomAccess();
	}

	@Override
	public RandomAccess<FloatType> randomAccess(final Interval interval) {
		return img.randomAccess(interval);
	}

	@Override
	public FloatType getType() {
		return img.getType();
	}

	@Override
	public long min(final int d) {
		return img.min(d);
	}

	@Override
	public long max(final int d) {
		return img.max(d);
	}

	@Override
	public int numDimensions() {
		return img.numDimensions();
	}
}

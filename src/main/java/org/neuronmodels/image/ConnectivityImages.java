package org.neuronmodels.image;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.network.ConnectionRules;
import org.neuronmodels.core.network.Connectivity;
import org.neuronmodels.core.network.Network;

/**
 * Connectivity as calibrated images, and back: x = presynaptic neuron,
 * y = postsynaptic neuron, pixel = weight (0 = no synapse).
 */
public final class ConnectivityImages {

	private ConnectivityImages() {}

	/** The weights of {@code c} as an image ({@code preCount × postCount}), weights in {@code unit}. */
	public static CalibratedImg toImage(final Connectivity c, final String title, final String unit) {
		return wrap(c.toMatrix(), c.preCount(), c.postCount(), title, unit);
	}

	/**
	 * The weights of the whole network over global indices (projections onto one
	 * pair add), binned like a raster: at most {@value Rasters#MAX_SIDE} pixels per
	 * axis, each pixel then the summed weight of a block of neurons.
	 */
	public static CalibratedImg toImage(final Network network, final String title) {
		final int perPixel = (network.size() + Rasters.MAX_SIDE - 1) / Rasters.MAX_SIDE;
		final int side = (network.size() + perPixel - 1) / perPixel;
		final String unit = perPixel == 1 ? "neuron" : "neuron (" + perPixel + " per pixel)";
		return new CalibratedImg(network.weightBlocks(perPixel), side, side, title, new String[] { "Presynaptic",
			"Postsynaptic" }, new String[] { unit, unit }, new double[] { perPixel, perPixel }, new double[] { 0, 0 },
			perPixel == 1 ? "weight (synapse unit)" : "summed weight of the block's synapses (synapse unit)");
	}

	/**
	 * The pixels of a 2-D real image, row-major ({@code [y · width + x]}),
	 * checking it is {@code pre × post} pixels (pass 0 to accept any size).
	 */
	public static double[] matrix(final RandomAccessibleInterval<? extends RealType<?>> image, final int pre,
		final int post)
	{
		if (image.numDimensions() != 2) throw new InvalidParameterException("weightImage", "weightImage has " + image
			.numDimensions() + " dimensions but must be 2-D (x = presynaptic, y = postsynaptic)");
		final long w = image.dimension(0), h = image.dimension(1);
		if (pre > 0 && (w != pre || h != post)) throw new InvalidParameterException("weightImage", "weightImage is " +
			w + " × " + h + " pixels but must be " + pre + " × " + post + " (presynaptic × postsynaptic)");
		if (w * h > Integer.MAX_VALUE - 8) throw new InvalidParameterException("weightImage", "weightImage is too large");
		final double[] m = new double[(int) (w * h)];
		final long x0 = image.min(0), y0 = image.min(1);
		final Cursor<? extends RealType<?>> c = Views.flatIterable(image).localizingCursor();
		while (c.hasNext()) {
			final double v = c.next().getRealDouble();
			m[(int) ((c.getLongPosition(1) - y0) * w + c.getLongPosition(0) - x0)] = v;
		}
		return m;
	}

	/** A connectivity from a {@code pre × post} weight image (zero pixels: no synapse; NaN rejected). */
	public static Connectivity fromImage(final RandomAccessibleInterval<? extends RealType<?>> image,
		final int pre, final int post)
	{
		return ConnectionRules.fromMatrix(matrix(image, pre, post), pre, post);
	}

	private static CalibratedImg wrap(final float[] pixels, final int pre, final int post, final String title,
		final String unit)
	{
		return new CalibratedImg(pixels, pre, post, title, new String[] { "Presynaptic", "Postsynaptic" },
			new String[] { "neuron", "neuron" }, new double[] { 1, 1 }, new double[] { 0, 0 }, "weight (" + unit + ")");
	}
}

package org.neuronmodels.service;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.image.CalibratedImg;
import org.neuronmodels.image.ConnectivityImages;
import org.neuronmodels.image.Rasters;

/** Results as calibrated images, reached as {@code neuron.images()} (built by {@code image}). */
public final class Images {

	Images() {}

	/** The spike raster of a run: x = time bins of {@code binMs} ms, y = neuron. */
	public CalibratedImg raster(final SimulationResult result, final double binMs, final String title) {
		return Rasters.raster(result.spikes(), result.grid().duration(), binMs, title);
	}

	/** Fails, naming {@code rasterBin}, unless a raster of this run length, bin and size can be made. */
	public static void checkRaster(final double duration, final double binMs, final int neurons) {
		Rasters.check(duration, binMs, neurons);
	}

	/**
	 * The spike raster of a network run: x = time bins of {@code binMs} ms, y = neuron, pixel = spike count;
	 * bounded to {@value org.neuronmodels.image.Rasters#MAX_SIDE} pixels per axis (wider bins beyond).
	 */
	public Img<? extends RealType<?>> networkRaster(final NetworkResult result, final double binMs,
		final String title)
	{
		return Rasters.counts(result.spikes(), result.grid().duration(), binMs, title);
	}

	/** A network's weights: x = presynaptic, y = postsynaptic neuron (blocks summed beyond the size bound). */
	public CalibratedImg connectivity(final Network network, final String title) {
		return ConnectivityImages.toImage(network, title);
	}

	/** Adds {@code properties} (e.g. a run's provenance) to {@code output} if it is an image that can hold them. */
	public static void stamp(final Object output, final java.util.Map<String, String> properties) {
		if (!(output instanceof org.neuronmodels.image.Calibrated)) return;
		try {
			((org.neuronmodels.image.Calibrated) output).properties().putAll(properties);
		}
		catch (final UnsupportedOperationException exc) {
			// NB: an image with fixed properties keeps them
		}
	}

	/** The pixel values of a 2-D image as a weight matrix, row by row (for a Custom network's weight image). */
	public double[] weightMatrix(final net.imglib2.RandomAccessibleInterval<? extends RealType<?>> image) {
		return ConnectivityImages.matrix(image, 0, 0);
	}
}

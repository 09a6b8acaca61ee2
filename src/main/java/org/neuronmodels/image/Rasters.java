package org.neuronmodels.image;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * Spike rasters as calibrated ImgLib2 images: x = time bins (ms), y = neuron
 * index, pixel = number of spikes of that neuron in that bin.
 */
public final class Rasters {

	private Rasters() {}

	/**
	 * The raster of {@code spikes} over {@code [0, duration)} ms in bins of
	 * {@code binMs}; a spike at time t falls in bin {@code floor(t/binMs)}
	 * (the last bin also takes spikes stamped exactly at {@code duration}).
	 */
	public static CalibratedImg raster(final SpikeRecord spikes, final double duration, final double binMs,
		final String title)
	{
		final int neurons = spikes.populationSize();
		final int w = check(duration, binMs, neurons);
		final float[] pixels = new float[w * neurons];
		for (int k = 0; k < spikes.count(); k++) {
			final int bin = (int) Math.min(w - 1, Math.floor(spikes.time(k) / binMs + 1e-9));
			pixels[spikes.neuron(k) * w + bin]++;
		}
		return new CalibratedImg(pixels, w, neurons, title, new String[] { "Time", "Neuron" }, new String[] { "ms",
			"neuron" }, new double[] { binMs, 1 }, new double[] { 0, 0 }, "spikes per bin");
	}

	/**
	 * Checks that a raster of {@code neurons} rows over {@code duration} ms in
	 * bins of {@code binMs} ms is possible and fits in memory, before any run;
	 * returns its width in bins.
	 */
	public static int check(final double duration, final double binMs, final int neurons) {
		Checks.positive("rasterBin", "ms", binMs);
		final long bins = Math.max(1, (long) Math.ceil(duration / binMs - 1e-9));
		if ((double) bins * neurons > Integer.MAX_VALUE - 8) {
			throw Checks.invalid("rasterBin", "ms", binMs, "gives a raster of " + bins + " × " + neurons +
				" pixels, more than an image can hold; use a larger bin");
		}
		MemoryBudget.require(4.0 * bins * neurons, "rasterBin", "the spike raster (" + bins + " bins × " + neurons +
			" neurons)");
		return (int) bins;
	}
}

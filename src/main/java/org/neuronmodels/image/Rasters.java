package org.neuronmodels.image;

import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * Spike rasters as calibrated ImgLib2 images: x = time bins (ms), y = neuron
 * index, pixel = number of spikes of that neuron in that bin. Network rasters
 * are bounded ({@link #counts}): at most {@value #MAX_SIDE} pixels per axis,
 * wider bins of time and of neurons beyond that, 16-bit counts.
 */
public final class Rasters {

	/** The most pixels along either axis of a network raster. */
	public static final int MAX_SIDE = 4096;

	private Rasters() {}

	/**
	 * The bounded raster of {@code spikes} over {@code [0, duration)} ms: time
	 * bins of {@code binMs} (or a whole multiple of it, so that there are at most
	 * {@value #MAX_SIDE}), rows of one neuron (or of {@code ceil(n / MAX_SIDE)}
	 * consecutive neurons); pixel = spike count, so the pixel sum is the spike
	 * count. 16-bit with an inverted grey LUT; 32-bit if a pixel holds more than
	 * 65535 spikes.
	 */
	public static Img<? extends RealType<?>> counts(final SpikeRecord spikes, final double duration, final double binMs,
		final String title)
	{
		Checks.positive("rasterBin", "ms", binMs);
		final int neurons = spikes.populationSize();
		final long fine = Math.max(1, (long) Math.ceil(duration / binMs - 1e-9));
		final long timeFactor = (fine + MAX_SIDE - 1) / MAX_SIDE;
		final double bin = binMs * timeFactor;
		final int w = (int) Math.max(1, Math.ceil(duration / bin - 1e-9));
		final int perRow = (neurons + MAX_SIDE - 1) / MAX_SIDE;
		final int h = Math.max(1, (neurons + perRow - 1) / perRow);
		final int[] c = new int[w * h];
		int max = 0;
		for (int k = 0; k < spikes.count(); k++) {
			final int x = (int) Math.min(w - 1, Math.floor(spikes.time(k) / bin + 1e-9));
			final int p = spikes.neuron(k) / perRow * w + x;
			max = Math.max(max, ++c[p]);
		}
		final String[] names = { "Time", perRow == 1 ? "Neuron" : "Neuron (" + perRow + " per row)" };
		final String[] units = { "ms", "neuron" };
		final double[] scales = { bin, perRow }, origins = { 0, 0 };
		final String meaning = "spikes per bin";
		if (max > 0xffff) {
			final float[] f = new float[c.length];
			for (int i = 0; i < c.length; i++)
				f[i] = c[i];
			return new CalibratedImg(f, w, h, title, names, units, scales, origins, meaning);
		}
		final short[] s = new short[c.length];
		for (int i = 0; i < c.length; i++)
			s[i] = (short) c[i];
		return new CalibratedShortImg(s, w, h, title, names, units, scales, origins, meaning, true);
	}

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

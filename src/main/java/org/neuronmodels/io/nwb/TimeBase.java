package org.neuronmodels.io.nwb;

import io.jhdf.api.Dataset;

/**
 * The time base of a series given by timestamps: the product simulates on a
 * uniform grid, so timestamps must be uniformly spaced (within 0.1 % of the
 * mean step, the rule of the CSV time columns). Read twice in blocks: bounded memory.
 */
final class TimeBase {

	private TimeBase() {}

	/** {start, step} in ms of a uniform {@code timestamps} dataset (seconds) with {@code n} samples. */
	static double[] uniform(final NwbFile file, final Dataset timestamps, final long n) {
		final long m = DatasetBlocks.length(file, timestamps);
		if (m != n) throw file.problem(timestamps.getPath(), "has " + m + " values but data has " + n);
		if (n < 2) throw file.problem(timestamps.getPath(), "needs at least 2 values to give the sampling interval");
		final double factor = Quantity.TIME.factor(SeriesInfo.text(timestamps, NwbLayout.UNIT, "seconds"));
		if (Double.isNaN(factor)) throw file.problem(timestamps.getPath(), "unit \"" + SeriesInfo.text(timestamps,
			NwbLayout.UNIT, "") + "\" is not a time unit");
		final double[] ends = new double[2];
		DatasetBlocks.read(file, timestamps, (first, values, count) -> {
			if (first == 0) ends[0] = values[0];
			if (first + count == n) ends[1] = values[count - 1];
		});
		final double step = (ends[1] - ends[0]) / (n - 1);
		if (!(step > 0) || !Double.isFinite(step)) throw file.problem(timestamps.getPath(), "must increase");
		DatasetBlocks.read(file, timestamps, (first, values, count) -> {
			for (int i = 0; i < count; i++) {
				final double expected = ends[0] + (first + i) * step;
				if (!(Math.abs(values[i] - expected) <= 1e-3 * step)) {
					throw file.problem(timestamps.getPath(), "sample " + (first + i) + ": t = " + values[i] +
						" s breaks the uniform spacing (expected " + expected + " s for a step of " + step + " s); " +
						"only uniformly sampled series can be used");
				}
			}
		});
		return new double[] { ends[0] * factor, step * factor };
	}
}

package org.neuronmodels.core.analysis;

import java.util.Arrays;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.record.SpikeRecord;

/**
 * Statistics of one spike train observed over {@code [start, stop]} ms: the
 * rate, the interspike intervals (ISIs) with their mean, standard deviation,
 * coefficient of variation and histogram, and the Fano factor of the spike
 * counts in consecutive windows.
 * <ul>
 * <li>rate = spikes / (stop − start), in Hz;</li>
 * <li>ISI s.d. is the sample standard deviation (divisor n − 1); CV = s.d. / mean
 * (NaN with fewer than two intervals, i.e. fewer than three spikes); a Poisson train has CV ≈ 1, a
 * regular one 0. The same definition serves whole populations ({@link #cvPerNeuron}), so every
 * command reports the same CV for the same spikes;</li>
 * <li>Fano factor = sample variance / mean of the counts in the
 * {@code K = floor((stop − start)/countWindow)} windows
 * {@code [start + j·w, start + (j+1)·w)} (the last one closed; spikes after
 * {@code start + K·w} are not counted); NaN if {@code K < 2} or no spike;</li>
 * <li>histogram: bins {@code [j·b, (j+1)·b)} from 0 up to the bin holding the longest ISI.</li>
 * </ul>
 */
public final class SpikeTrainStatistics {

	/** Where a command takes its spikes from: a simulation, or a CSV file of spike times. */
	public static final String SOURCE_SIMULATION = "Simulation", SOURCE_SPIKE_FILE = "Spike file";

	/** The most histogram bins accepted. */
	public static final int MAX_BINS = 1_000_000;

	/** The most counting windows accepted. */
	public static final int MAX_WINDOWS = 10_000_000;

	private final double start, stop, countWindow, binWidth;
	private final double[] spikes, isis, windowCounts, binCounts;

	private SpikeTrainStatistics(final double start, final double stop, final double countWindow,
		final double binWidth, final double[] spikes, final double[] isis, final double[] windowCounts,
		final double[] binCounts)
	{
		this.start = start;
		this.stop = stop;
		this.countWindow = countWindow;
		this.binWidth = binWidth;
		this.spikes = spikes;
		this.isis = isis;
		this.windowCounts = windowCounts;
		this.binCounts = binCounts;
	}

	/**
	 * The statistics of the spikes {@code start <= t <= stop} among {@code times}
	 * (ms, any order; they are sorted). {@code countWindow} and {@code binWidth} in ms.
	 */
	public static SpikeTrainStatistics of(final double[] times, final double start, final double stop,
		final double countWindow, final double binWidth)
	{
		Checks.finite("start", "ms", start);
		Checks.finite("stop", "ms", stop);
		if (!(stop > start)) throw Checks.invalid("stop", "ms", stop, "must be greater than start = " + Checks.fmt(
			start) + " ms");
		Checks.inRange("countWindow", "ms", countWindow, Double.MIN_NORMAL, stop - start);
		Checks.positive("binWidth", "ms", binWidth);
		if (times == null) throw new InvalidParameterException("spikeTimes", "spikeTimes is missing");
		for (int i = 0; i < times.length; i++)
			if (!Double.isFinite(times[i])) {
				throw Checks.invalid("spikeTimes", "ms", times[i], "must be finite (found at index " + i + ")");
			}
		final double[] sorted = times.clone();
		Arrays.sort(sorted);
		int a = 0, b = sorted.length;
		while (a < b && sorted[a] < start)
			a++;
		while (b > a && sorted[b - 1] > stop)
			b--;
		final double[] spikes = Arrays.copyOfRange(sorted, a, b);
		final double[] isis = new double[Math.max(0, spikes.length - 1)];
		for (int i = 0; i < isis.length; i++)
			isis[i] = spikes[i + 1] - spikes[i];
		return new SpikeTrainStatistics(start, stop, countWindow, binWidth, spikes, isis, windowCounts(spikes, start,
			stop, countWindow), histogram(isis, binWidth));
	}

	private static double[] windowCounts(final double[] spikes, final double start, final double stop,
		final double w)
	{
		final double windows = Math.floor((stop - start) / w * (1 + 1e-12));
		if (windows > MAX_WINDOWS) {
			throw Checks.invalid("countWindow", "ms", w, "gives " + Checks.fmt(windows) + " windows over " + Checks.fmt(
				stop - start) + " ms; at most " + MAX_WINDOWS + " (use a longer window)");
		}
		final int k = (int) windows;
		final double[] counts = new double[k];
		for (final double t : spikes) {
			int j = (int) Math.floor((t - start) / w);
			if (j == k && t <= start + k * w * (1 + 1e-12)) j = k - 1; // the closing edge of the last window
			if (j >= 0 && j < k) counts[j]++;
		}
		return counts;
	}

	private static double[] histogram(final double[] isis, final double b) {
		double max = 0;
		for (final double x : isis)
			max = Math.max(max, x);
		final double bins = isis.length == 0 ? 0 : Math.floor(max / b) + 1;
		if (bins > MAX_BINS) {
			throw Checks.invalid("binWidth", "ms", b, "gives " + Checks.fmt(bins) + " bins for the longest ISI of " +
				Checks.fmt(max) + " ms; at most " + MAX_BINS + " (use a wider bin)");
		}
		final double[] counts = new double[(int) bins];
		for (final double x : isis)
			counts[(int) Math.min(bins - 1, Math.floor(x / b))]++;
		return counts;
	}

	/** The number of spikes in the observation window. */
	public int spikeCount() {
		return spikes.length;
	}

	/** The spike times in the window, sorted (ms). */
	public double[] spikeTimes() {
		return spikes.clone();
	}

	/** The observation window {@code [start, stop]} in ms. */
	public double[] window() {
		return new double[] { start, stop };
	}

	/** The mean rate in Hz. */
	public double rate() {
		return 1000.0 * spikes.length / (stop - start);
	}

	/** The interspike intervals in ms. */
	public double[] isis() {
		return isis.clone();
	}

	/** The mean ISI in ms (NaN without intervals). */
	public double meanIsi() {
		return isis.length == 0 ? Double.NaN : mean(isis);
	}

	/** The sample standard deviation of the ISIs in ms (NaN with fewer than two). */
	public double isiStandardDeviation() {
		return isis.length < 2 ? Double.NaN : Math.sqrt(sampleVariance(isis));
	}

	/** The coefficient of variation of the ISIs (NaN with fewer than two). */
	public double cv() {
		return isiStandardDeviation() / meanIsi();
	}

	/** The spike counts of the consecutive windows of {@link #countWindow()} ms. */
	public double[] windowCounts() {
		return windowCounts.clone();
	}

	/** The counting window of the Fano factor in ms. */
	public double countWindow() {
		return countWindow;
	}

	/** The Fano factor: variance / mean of the window counts (NaN with fewer than two windows or no spike). */
	public double fano() {
		if (windowCounts.length < 2) return Double.NaN;
		final double m = mean(windowCounts);
		return m > 0 ? sampleVariance(windowCounts) / m : Double.NaN;
	}

	/** The histogram bin width in ms. */
	public double binWidth() {
		return binWidth;
	}

	/** The left edges of the histogram bins in ms. */
	public double[] binStarts() {
		final double[] e = new double[binCounts.length];
		for (int j = 0; j < e.length; j++)
			e[j] = j * binWidth;
		return e;
	}

	/** The number of ISIs in each histogram bin. */
	public double[] binCounts() {
		return binCounts.clone();
	}

	/**
	 * The CV of the ISIs of every neuron of a population, as {@link #cv()}
	 * defines it (sample s.d. with divisor n − 1, over the mean); NaN for a
	 * neuron with fewer than three spikes (two intervals).
	 */
	public static double[] cvPerNeuron(final SpikeRecord spikes) {
		final int n = spikes.populationSize();
		final int[] counts = spikes.countsPerNeuron();
		final double[][] isis = new double[n][];
		for (int i = 0; i < n; i++)
			isis[i] = new double[Math.max(0, counts[i] - 1)];
		final int[] seen = new int[n];
		final double[] last = new double[n];
		for (int k = 0; k < spikes.count(); k++) {
			final int i = spikes.neuron(k);
			final double t = spikes.time(k);
			if (seen[i] > 0) isis[i][seen[i] - 1] = t - last[i];
			seen[i]++;
			last[i] = t;
		}
		final double[] cv = new double[n];
		for (int i = 0; i < n; i++)
			cv[i] = isis[i].length < 2 ? Double.NaN : Math.sqrt(sampleVariance(isis[i])) / mean(isis[i]);
		return cv;
	}

	/** The mean of the finite values (NaN when there are none), e.g. of {@link #cvPerNeuron}. */
	public static double meanOfFinite(final double[] values) {
		double s = 0;
		int c = 0;
		for (final double v : values)
			if (Double.isFinite(v)) {
				s += v;
				c++;
			}
		return c == 0 ? Double.NaN : s / c;
	}

	private static double mean(final double[] x) {
		double s = 0;
		for (final double v : x)
			s += v;
		return s / x.length;
	}

	private static double sampleVariance(final double[] x) {
		final double m = mean(x);
		double s = 0;
		for (final double v : x)
			s += (v - m) * (v - m);
		return s / (x.length - 1);
	}
}

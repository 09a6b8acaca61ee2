package org.neuronmodels.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.neuronmodels.io.nwb.NwbFile;
import org.neuronmodels.io.nwb.Quantity;
import org.neuronmodels.io.nwb.SeriesInfo;

/**
 * Streams a series of an NWB file through the product's reader (chunk by
 * chunk) and compares every sample with h5py's values (little-endian float64
 * in volts, written by {@code make_nwb_test_files.py big}), in bounded memory.
 * Usage: {@code NwbReadBench FILE.nwb SERIES} (the values in {@code FILE.nwb.values.f64}).
 * Prints samples, mismatches, the first mismatch, the time and the peak RSS;
 * exits 1 on any mismatch. Run it with a small heap (e.g. -Xmx48m) to show
 * that the series is never held whole.
 */
public final class NwbReadBench {

	private NwbReadBench() {}

	public static void main(final String[] args) throws IOException {
		final Path file = Paths.get(args[0]);
		final long t0 = System.nanoTime();
		final long[] mismatches = { 0, -1 }, samples = { 0 };
		try (NwbFile f = NwbFile.open(file); InputStream raw = Files.newInputStream(Paths.get(args[0] +
			".values.f64")); DataInputStream expected = new DataInputStream(new BufferedInputStream(raw, 1 << 16)))
		{
			final SeriesInfo s = f.find(args.length > 1 ? args[1] : "");
			f.stream(s, Quantity.VOLTAGE, (first, values, count) -> {
				try {
					for (int i = 0; i < count; i++) {
						final double h5py = Double.longBitsToDouble(Long.reverseBytes(expected.readLong())) * 1e3;
						if (Double.doubleToLongBits(h5py) != Double.doubleToLongBits(values[i])) {
							if (mismatches[0]++ == 0) mismatches[1] = first + i;
						}
					}
				}
				catch (final IOException e) {
					throw new IllegalStateException("h5py's values end before sample " + first, e);
				}
				samples[0] += count;
			});
			if (expected.read() >= 0) throw new IllegalStateException("h5py has more samples than " + samples[0]);
		}
		final double seconds = (System.nanoTime() - t0) / 1e9;
		System.out.println(String.format(Locale.ROOT, "samples = %d%nmismatches = %d%nfirstMismatch = %d%n" +
			"seconds = %.2f%npeakRssMB = %.1f%nmaxHeapMB = %.0f", samples[0], mismatches[0], mismatches[1], seconds,
			peakRssKb() / 1024.0, Runtime.getRuntime().maxMemory() / 1048576.0));
		System.exit(mismatches[0] == 0 ? 0 : 1);
	}

	/** VmHWM of /proc/self/status in kB (−1 if unavailable). */
	private static long peakRssKb() {
		try {
			for (final String line : Files.readAllLines(Paths.get("/proc/self/status")))
				if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
		}
		catch (final IOException | NumberFormatException e) {
			return -1;
		}
		return -1;
	}
}

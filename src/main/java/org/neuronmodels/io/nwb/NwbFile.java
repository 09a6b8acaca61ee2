package org.neuronmodels.io.nwb;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.MemoryBudget;

/**
 * An open NWB 2.x file: its time series (in {@link NwbLayout#SERIES_GROUPS}
 * and processing modules), their samples converted to mV/nA/ms, and its units
 * tables. Every problem is an {@link NwbException} naming the file and the
 * object path. Sweeps are found by the series' {@code sweep_number} attribute
 * (the intracellular-recordings tables of NWB ≥ 2.4 are only counted).
 */
public final class NwbFile implements AutoCloseable {

	/** The most samples read into memory at once (400 MB of doubles); longer series are streamed. */
	public static final long MAX_SAMPLES_IN_MEMORY = 50_000_000L;

	private static final byte[] HDF5_SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };

	private final Path path;
	private final HdfFile hdf;
	private final String version;

	private NwbFile(final Path path, final HdfFile hdf, final String version) {
		this.path = path;
		this.hdf = hdf;
		this.version = version;
	}

	/**
	 * Opens {@code file}: it must exist and be an HDF5 file with NWB 2.x's root
	 * attributes, or a results file written by {@link ResultsH5Writer}.
	 */
	public static NwbFile open(final Path file) {
		if (file == null) throw new NwbException(null, null, "no file given");
		if (!Files.isRegularFile(file)) throw new NwbException(file, null, "does not exist");
		if (!isHdf5(file)) throw new NwbException(file, null, "is not an HDF5 file (no HDF5 signature): it cannot " +
			"be read as NWB");
		final HdfFile hdf;
		try {
			hdf = new HdfFile(file);
		}
		catch (final HdfException e) {
			throw new NwbException(file, null, "cannot be read as HDF5: " + e.getMessage());
		}
		final String results = SeriesInfo.text(hdf, ResultsLayout.RESULTS_ATTRIBUTE, "");
		final String version = results.isEmpty() ? SeriesInfo.text(hdf, NwbLayout.NWB_VERSION, "")
			: "results.h5 " + results;
		if (!version.startsWith("2.") && results.isEmpty()) {
			hdf.close();
			throw new NwbException(file, "/", version.isEmpty() ? "is HDF5 but not an NWB 2.x file (no nwb_version " +
				"attribute): it cannot be read as NWB" : "nwb_version = \"" + version + "\": only NWB 2.x files are read");
		}
		return new NwbFile(file, hdf, version);
	}

	/** Whether {@code file} starts with the HDF5 signature (no user block: what NWB writers produce). */
	public static boolean isHdf5(final Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			final byte[] head = new byte[8];
			return in.read(head) == 8 && Arrays.equals(head, HDF5_SIGNATURE);
		}
		catch (final IOException e) {
			return false;
		}
	}

	NwbException problem(final String objectPath, final String what) {
		return new NwbException(path, objectPath, what);
	}

	/** The file. */
	public Path path() {
		return path;
	}

	/** Its nwb_version attribute, e.g. {@code 2.7.0} ({@code results.h5 1} for a Neuron Models results file). */
	public String version() {
		return version;
	}

	/** Every time series of the file, readable or not (see {@link SeriesInfo#problem()}), in file order. */
	public List<SeriesInfo> series() {
		final List<SeriesInfo> list = new ArrayList<>();
		for (final String g : NwbLayout.SERIES_GROUPS)
			addSeries(group(g), list);
		final Group processing = group(NwbLayout.PROCESSING);
		if (processing != null) for (final Node module : processing)
			if (module instanceof Group && !module.isLink()) addSeries((Group) module, list);
		return list;
	}

	private void addSeries(final Group g, final List<SeriesInfo> list) {
		if (g == null) return;
		for (final Node child : g)
			if (child instanceof Group && !child.isLink() && ((Group) child).getChild(NwbLayout.DATA) != null) {
				list.add(SeriesInfo.of(this, (Group) child));
			}
	}

	/**
	 * The series named {@code name}: an HDF5 path ({@code /acquisition/x}), a
	 * series name, or a sweep ({@code 3} or {@code sweep 3}: the first
	 * acquisition series with that sweep_number). Fails listing those that exist.
	 */
	public SeriesInfo find(final String name) {
		final String n = name == null ? "" : name.trim();
		final List<SeriesInfo> all = series();
		final String sweep = n.toLowerCase(java.util.Locale.ROOT).startsWith("sweep") ? n.substring(5).trim() : n;
		if (sweep.matches("\\d{1,18}")) {
			for (final SeriesInfo s : all)
				if (s.sweep() == Long.parseLong(sweep) && s.path().startsWith("/acquisition/")) return s;
		}
		for (final SeriesInfo s : all)
			if (s.path().equals(n) || s.name().equals(n)) return s;
		for (final SeriesInfo s : all)
			if (s.name().equalsIgnoreCase(n)) return s;
		if (n.isEmpty() && all.size() == 1) return all.get(0);
		throw new NwbException("series", path, null, (n.isEmpty() ? "no series named" : "has no series or sweep \"" +
			n + "\"") + "; its series are: " + listing(all));
	}

	private static String listing(final List<SeriesInfo> all) {
		if (all.isEmpty()) return "(none)";
		final StringBuilder sb = new StringBuilder();
		for (int i = 0; i < all.size() && i < 20; i++)
			sb.append(i == 0 ? "" : ", ").append(all.get(i).path()).append(all.get(i).sweep() >= 0 ? " (sweep " + all
				.get(i).sweep() + ")" : "");
		return all.size() > 20 ? sb + " and " + (all.size() - 20) + " more" : sb.toString();
	}

	/** The stimulus series of {@code response}'s sweep (same sweep_number, a current), or null if none. */
	public SeriesInfo stimulusFor(final SeriesInfo response) {
		if (response.sweep() < 0) return null;
		for (final SeriesInfo s : series())
			if (s.sweep() == response.sweep() && s.path().startsWith(NwbLayout.STIMULUS + "/") && s
				.quantity() == Quantity.CURRENT) return s;
		return null;
	}

	/** Every sample of {@code s} (a {@code q} series) in {@code q}'s unit; at most {@link #MAX_SAMPLES_IN_MEMORY}. */
	public RecordedSeries read(final SeriesInfo s, final Quantity q) {
		final double factor = check(s, q);
		if (s.samples() > MAX_SAMPLES_IN_MEMORY) throw problem(s.path(), "has " + s.samples() + " samples; at most " +
			MAX_SAMPLES_IN_MEMORY + " are read into memory (cut the recording into sweeps)");
		MemoryBudget.require(8.0 * s.samples(), "file", "reading " + s.path() + " of " + path.getFileName());
		final double[] all = new double[(int) s.samples()];
		stream(s, q, (first, values, count) -> System.arraycopy(values, 0, all, (int) first, count), factor);
		return new RecordedSeries(s.path(), q, s.startMs(), s.dtMs(), all);
	}

	/** Streams the samples of {@code s} (which must measure {@code q}) in {@code q}'s unit, one chunk at a time. */
	public void stream(final SeriesInfo s, final Quantity q, final SampleConsumer consumer) {
		stream(s, q, consumer, check(s, q));
	}

	private void stream(final SeriesInfo s, final Quantity q, final SampleConsumer consumer,
		final double factor)
	{
		final Dataset data = (Dataset) s.group.getChild(NwbLayout.DATA);
		final double conversion = s.conversion(), offset = s.offset();
		DatasetBlocks.read(this, data, (first, values, count) -> {
			for (int i = 0; i < count; i++) {
				values[i] = (values[i] * conversion + offset) * factor;
				if (!Double.isFinite(values[i])) throw problem(data.getPath(), "sample " + (first + i) + " is " +
					values[i] + "; every sample must be a finite number");
			}
			consumer.accept(first, values, count);
		});
	}

	private double check(final SeriesInfo s, final Quantity q) {
		if (s.problem() != null) throw problem(s.path(), s.problem());
		final double factor = q.factor(s.unit());
		if (Double.isNaN(factor)) throw problem(s.path(), "is a " + s.type() + " in " + s.unit() + ", not a " + q
			.name().toLowerCase(java.util.Locale.ROOT) + " series");
		return factor;
	}

	/** The units tables: {@code /units} and any {@code Units} table of a processing module. */
	public List<UnitsTable> unitsTables() {
		final List<UnitsTable> list = new ArrayList<>();
		final Group units = group(NwbLayout.UNITS);
		if (units != null) list.add(UnitsTable.read(this, units));
		final Group processing = group(NwbLayout.PROCESSING);
		if (processing != null) for (final Node module : processing)
			if (module instanceof Group) for (final Node child : (Group) module)
				if (child instanceof Group && "Units".equals(SeriesInfo.text(child, NwbLayout.TYPE, ""))) {
					list.add(UnitsTable.read(this, (Group) child));
				}
		return list;
	}

	/** The rows of the intracellular-recordings table (NWB ≥ 2.4), or −1 if the file has none. */
	public long intracellularRecordings() {
		final Group table = group(NwbLayout.INTRACELLULAR_RECORDINGS);
		final Node id = table == null ? null : table.getChild(NwbLayout.ID);
		return id instanceof Dataset ? DatasetBlocks.length(this, (Dataset) id) : -1;
	}

	Group group(final String groupPath) {
		try {
			final Node n = hdf.getByPath(groupPath);
			return n instanceof Group ? (Group) n : null;
		}
		catch (final HdfException e) {
			return null;
		}
	}

	@Override
	public void close() {
		hdf.close();
	}
}

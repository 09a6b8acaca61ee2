package org.neuronmodels.io.nwb;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import java.util.Arrays;

/**
 * A units table: per unit (row) its id, its spike times and, where the table
 * has them, its observation intervals, in ms. Spike times are stored flat
 * ({@code spike_times}, seconds) with {@code spike_times_index} holding the
 * end of each unit's run (the NWB ragged-array layout); the same for
 * {@code obs_intervals} (pairs) and {@code obs_intervals_index}.
 */
public final class UnitsTable {

	/** The most spike times read into memory from one table. */
	public static final long MAX_SPIKES = 50_000_000L;

	private final String path;
	private final long[] ids;
	private final double[][] spikes, intervals;

	private UnitsTable(final String path, final long[] ids, final double[][] spikes, final double[][] intervals) {
		this.path = path;
		this.ids = ids;
		this.spikes = spikes;
		this.intervals = intervals;
	}

	static UnitsTable read(final NwbFile file, final Group g) {
		final String path = g.getPath().replaceAll("/$", "");
		final Dataset idSet = dataset(file, g, NwbLayout.ID, true);
		final double[] rawIds = DatasetBlocks.readAll(file, idSet, MAX_SPIKES);
		final long[] ids = new long[rawIds.length];
		for (int i = 0; i < ids.length; i++)
			ids[i] = (long) rawIds[i];
		final double[][] spikes = ragged(file, g, NwbLayout.SPIKE_TIMES, NwbLayout.SPIKE_TIMES_INDEX, ids.length, 1);
		final double[][] intervals = g.getChild(NwbLayout.OBS_INTERVALS) == null ? null : ragged(file, g,
			NwbLayout.OBS_INTERVALS, NwbLayout.OBS_INTERVALS_INDEX, ids.length, 2);
		return new UnitsTable(path, ids, spikes, intervals);
	}

	/** Column {@code column} cut per row by {@code index} (end offsets, in rows of {@code width} values); ms. */
	private static double[][] ragged(final NwbFile file, final Group g, final String column, final String index,
		final int rows, final int width)
	{
		final Dataset indexSet = dataset(file, g, index, true);
		final double[] ends = DatasetBlocks.readAll(file, indexSet, MAX_SPIKES);
		if (ends.length != rows) throw file.problem(indexSet.getPath(), "has " + ends.length + " rows but id has " +
			rows);
		final Node valueNode = g.getChild(column);
		final double[] values;
		if (valueNode == null && (rows == 0 || ends[rows - 1] == 0)) values = new double[0]; // no spikes at all
		else {
			final Dataset valueSet = dataset(file, g, column, true);
			values = width == 1 ? DatasetBlocks.readAll(file, valueSet, MAX_SPIKES) : pairs(file, valueSet);
		}
		final double[][] out = new double[rows][];
		long start = 0;
		for (int r = 0; r < rows; r++) {
			final long end = (long) ends[r];
			if (end < start || end * width > values.length) {
				throw file.problem(indexSet.getPath(), "row " + r + " ends at " + end + ", outside " + start + ".." +
					values.length / width);
			}
			out[r] = Arrays.copyOfRange(values, (int) (start * width), (int) (end * width));
			for (int i = 0; i < out[r].length; i++) {
				out[r][i] *= 1e3;
				if (!Double.isFinite(out[r][i])) throw file.problem(g.getPath() + column, "value " + (start * width +
					i) + " is not a finite time");
			}
			start = end;
		}
		return out;
	}

	private static double[] pairs(final NwbFile file, final Dataset d) {
		final int[] dims = d.getDimensions();
		if (dims.length != 2 || dims[1] != 2) throw file.problem(d.getPath(), "has shape " + Arrays.toString(dims) +
			"; [n, 2] (start, stop) is expected");
		final double[][] rows = (double[][]) d.getData();
		final double[] flat = new double[2 * rows.length];
		for (int i = 0; i < rows.length; i++) {
			flat[2 * i] = rows[i][0];
			flat[2 * i + 1] = rows[i][1];
		}
		return flat;
	}

	private static Dataset dataset(final NwbFile file, final Group g, final String name, final boolean required) {
		final Node n = g.getChild(name);
		if (n instanceof Dataset) return (Dataset) n;
		if (required) throw file.problem(g.getPath().replaceAll("/$", ""), "units table has no " + name +
			" dataset");
		return null;
	}

	/** The table's HDF5 path. */
	public String path() {
		return path;
	}

	/** The number of units (rows). */
	public int size() {
		return ids.length;
	}

	/** The id of row {@code row}. */
	public long id(final int row) {
		return ids[row];
	}

	/** The row of unit id {@code id}, or −1. */
	public int rowOf(final long id) {
		for (int r = 0; r < ids.length; r++)
			if (ids[r] == id) return r;
		return -1;
	}

	/** All spike times of row {@code row} in ms. */
	public double[] spikeTimes(final int row) {
		return spikes[row].clone();
	}

	/** Whether the table has observation intervals. */
	public boolean hasObservationIntervals() {
		return intervals != null;
	}

	/** The observation intervals of row {@code row} as {start, stop, start, stop, …} in ms (empty if none). */
	public double[] observationIntervals(final int row) {
		return intervals == null ? new double[0] : intervals[row].clone();
	}

	/** The spike times of row {@code row} inside its observation intervals (all of them if the table has none). */
	public double[] observedSpikeTimes(final int row) {
		if (intervals == null) return spikeTimes(row);
		final double[] in = intervals[row];
		return Arrays.stream(spikes[row]).filter(t -> {
			for (int i = 0; i < in.length; i += 2)
				if (t >= in[i] && t <= in[i + 1]) return true;
			return false;
		}).toArray();
	}

	/** The total observed time of row {@code row} in ms (NaN without intervals). */
	public double observedMs(final int row) {
		if (intervals == null) return Double.NaN;
		double sum = 0;
		for (int i = 0; i < intervals[row].length; i += 2)
			sum += intervals[row][i + 1] - intervals[row][i];
		return sum;
	}
}

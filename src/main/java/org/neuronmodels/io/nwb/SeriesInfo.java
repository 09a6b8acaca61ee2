package org.neuronmodels.io.nwb;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * What a time series of an NWB file is, without its samples: path, type,
 * unit, conversion and offset, length, time base (converted to ms) and sweep
 * number. {@link #problem()} says why it cannot be read (null if it can), so
 * that a listing shows broken series instead of failing.
 */
public final class SeriesInfo {

	final Group group;
	private final String path, type, unit;
	private final double conversion, offset, startMs, dtMs;
	private final long samples, sweep;
	private final boolean timestamps;
	private final String problem;

	private SeriesInfo(final Group group, final String type, final String unit, final double conversion,
		final double offset, final long samples, final double startMs, final double dtMs, final boolean timestamps,
		final long sweep, final String problem)
	{
		this.group = group;
		this.path = group.getPath().endsWith("/") ? group.getPath().substring(0, group.getPath().length() - 1)
			: group.getPath();
		this.type = type;
		this.unit = unit;
		this.conversion = conversion;
		this.offset = offset;
		this.samples = samples;
		this.startMs = startMs;
		this.dtMs = dtMs;
		this.timestamps = timestamps;
		this.sweep = sweep;
		this.problem = problem;
	}

	/** Reads the description of {@code g}; never fails (problems go to {@link #problem()}). */
	static SeriesInfo of(final NwbFile file, final Group g) {
		final String type = text(g, NwbLayout.TYPE, "");
		final long sweep = (long) number(g, NwbLayout.SWEEP_NUMBER, -1);
		final Node dataNode = g.getChild(NwbLayout.DATA);
		if (!(dataNode instanceof Dataset)) return broken(g, type, sweep, "has no data dataset");
		final Dataset data = (Dataset) dataNode;
		final String unit = text(data, NwbLayout.UNIT, "");
		final double conversion = number(data, NwbLayout.CONVERSION, 1), offset = number(data, NwbLayout.OFFSET, 0);
		final long n;
		try {
			n = DatasetBlocks.length(file, data);
		}
		catch (final NwbException e) {
			return broken(g, type, sweep, "data " + e.problem());
		}
		String problem = NwbLayout.SERIES_TYPES.contains(type) ? null : "is a " + (type.isEmpty() ? "group without " +
			"a neurodata_type" : type) + ", not one of " + String.join(", ", NwbLayout.SERIES_TYPES);
		if (problem == null && Quantity.of(unit) == null) problem = "data: unit \"" + unit +
			"\" is unknown; known units: " + Quantity.known();
		if (problem == null && !(Double.isFinite(conversion) && conversion != 0 && Double.isFinite(offset))) {
			problem = "data: conversion = " + conversion + ", offset = " + offset + " must be finite, conversion ≠ 0";
		}
		double start = Double.NaN, dt = Double.NaN;
		final Node st = g.getChild(NwbLayout.STARTING_TIME), ts = g.getChild(NwbLayout.TIMESTAMPS);
		if (st instanceof Dataset) {
			start = 1e3 * ((Number) ((Dataset) st).getData()).doubleValue();
			dt = 1e3 / number(st, NwbLayout.RATE, Double.NaN);
			if (problem == null && !(dt > 0 && Double.isFinite(dt))) problem = "starting_time: attribute rate is " +
				"missing or not a positive number of Hz";
		}
		else if (ts instanceof Dataset) {
			try {
				final double[] t = TimeBase.uniform(file, (Dataset) ts, n);
				start = t[0];
				dt = t[1];
			}
			catch (final NwbException e) {
				if (problem == null) problem = "timestamps " + e.problem();
			}
		}
		else if (problem == null) problem = "has neither starting_time (with rate) nor timestamps";
		return new SeriesInfo(g, type, unit, conversion, offset, n, start, dt, ts instanceof Dataset, sweep,
			problem);
	}

	private static SeriesInfo broken(final Group g, final String type, final long sweep, final String problem) {
		return new SeriesInfo(g, type, "", 1, 0, 0, Double.NaN, Double.NaN, false, sweep, problem);
	}

	static String text(final Node node, final String attribute, final String absent) {
		final Attribute a = node.getAttribute(attribute);
		if (a == null) return absent;
		final Object v = a.getData();
		return v instanceof String ? (String) v : v instanceof String[] && ((String[]) v).length == 1
			? ((String[]) v)[0] : String.valueOf(v);
	}

	static double number(final Node node, final String attribute, final double absent) {
		final Attribute a = node.getAttribute(attribute);
		final Object v = a == null ? null : a.getData();
		if (v instanceof Number) return ((Number) v).doubleValue();
		if (v != null && v.getClass().isArray() && java.lang.reflect.Array.getLength(v) == 1) {
			return DatasetBlocks.toDoubles(v, 1)[0];
		}
		return absent;
	}

	/** The series' HDF5 path, e.g. {@code /acquisition/CurrentClampSeries_001}. */
	public String path() {
		return path;
	}

	/** The series' name (last path element). */
	public String name() {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** Its neurodata_type, e.g. {@code CurrentClampSeries}. */
	public String type() {
		return type;
	}

	/** The unit of its data as the file states it (e.g. {@code volts}). */
	public String unit() {
		return unit;
	}

	/** The quantity its unit measures, or null if unknown. */
	public Quantity quantity() {
		return Quantity.of(unit);
	}

	/** Factor from stored values to {@link #unit()}. */
	public double conversion() {
		return conversion;
	}

	/** Offset added after the conversion, in {@link #unit()}. */
	public double offset() {
		return offset;
	}

	/** The number of samples. */
	public long samples() {
		return samples;
	}

	/** Time of the first sample, in ms (NaN if unknown). */
	public double startMs() {
		return startMs;
	}

	/** Sampling interval in ms (NaN if unknown). */
	public double dtMs() {
		return dtMs;
	}

	/** Whether the time base comes from a timestamps dataset (else starting_time and rate). */
	public boolean hasTimestamps() {
		return timestamps;
	}

	/** The sweep_number attribute, or −1 if absent. */
	public long sweep() {
		return sweep;
	}

	/** Why the series cannot be read, or null if it can. */
	public String problem() {
		return problem;
	}
}

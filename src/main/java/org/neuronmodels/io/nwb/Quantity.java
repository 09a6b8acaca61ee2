package org.neuronmodels.io.nwb;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The physical quantity of a series and the factor from the units NWB files
 * use (SI by the standard: volts, amperes, seconds; other spellings seen in
 * lab files) to the core's units: mV, nA, ms.
 */
public enum Quantity {

	/** Membrane potential, in mV. */
	VOLTAGE("mV"),
	/** Injected current, in nA. */
	CURRENT("nA"),
	/** Time, in ms. */
	TIME("ms");

	private final String ours;

	Quantity(final String ours) {
		this.ours = ours;
	}

	/** The core's unit of this quantity. */
	public String unit() {
		return ours;
	}

	/** The factor from {@code unit} to {@link #unit()}, or NaN if {@code unit} is not one of this quantity. */
	public double factor(final String unit) {
		final Object[] known = UNITS.get(normal(unit));
		return known != null && known[0] == this ? (Double) known[1] : Double.NaN;
	}

	/** The quantity {@code unit} measures, or null if it is not a unit the reader knows. */
	public static Quantity of(final String unit) {
		final Object[] known = UNITS.get(normal(unit));
		return known == null ? null : (Quantity) known[0];
	}

	/** The units the reader accepts, for error messages. */
	public static String known() {
		return "volts/V/mV/µV, amperes/A/mA/µA/nA/pA, seconds/s/ms";
	}

	/** Unit spelling (lower case) → {quantity, factor to ours}. */
	private static final Map<String, Object[]> UNITS = new HashMap<>();

	static {
		put(VOLTAGE, 1e3, "volts", "volt", "v");
		put(VOLTAGE, 1, "millivolts", "mv");
		put(VOLTAGE, 1e-3, "microvolts", "uv", "µv");
		put(CURRENT, 1e9, "amperes", "ampere", "amps", "a");
		put(CURRENT, 1e6, "milliamperes", "ma");
		put(CURRENT, 1e3, "microamperes", "ua", "µa");
		put(CURRENT, 1, "nanoamperes", "na");
		put(CURRENT, 1e-3, "picoamperes", "pa");
		put(TIME, 1e3, "seconds", "second", "s");
		put(TIME, 1, "milliseconds", "ms");
	}

	private static void put(final Quantity q, final double factor, final String... spellings) {
		for (final String s : spellings)
			UNITS.put(s, new Object[] { q, factor });
	}

	private static String normal(final String unit) {
		return unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
	}
}

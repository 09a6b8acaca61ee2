package org.neuronmodels.core.equation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unit names an equation may use, in Brian2's spelling ({@code mV},
 * {@code ms}, {@code nA}, {@code nS}, {@code pF}, {@code Mohm}, {@code uA},
 * {@code cm}, {@code volt}, {@code msiemens}, …), and their value in the
 * project's internal units.
 * <p>
 * <b>Internal units.</b> Arithmetic runs in one coherent system whose base
 * scales are 1 cm, 10<sup>−17</sup> kg, 1 ms and 1 nA; derived from these:
 * mV, M&Omega;, &micro;S, nF — the point-neuron units of
 * {@link org.neuronmodels.core} — and, per area, nA/cm², &micro;S/cm², nF/cm².
 * So a parameter {@code tau = 10*ms} is the number 10 and {@code R = 500*Mohm}
 * is 500, exactly as the built-in models hold them. Every unit is a power of
 * ten of the internal one (√10 powers only under square roots).
 * </p>
 */
public final class Units {

	/** Decimal exponent of the internal scale of each SI base dimension (m, kg, s, A, K, mol, cd). */
	private static final int[] SCALE = { -2, -17, -3, -9, 0, 0, 0 };

	/** One unit: its dimension and its size as a decimal exponent of SI (e.g. mV: volt, −3). */
	public static final class Unit {

		/** The dimension. */
		public final Dimension dimension;
		/** log10 of the unit in SI. */
		final int siExponent;

		Unit(final Dimension dimension, final int siExponent) {
			this.dimension = dimension;
			this.siExponent = siExponent;
		}

		/** The unit's value in internal units, exactly a power of ten (or √10 times one). */
		public double value() {
			final double e = siExponent - internalExponent(dimension);
			return e == Math.rint(e) ? BigDecimal.ONE.scaleByPowerOfTen((int) e).doubleValue() : Math.pow(10, e);
		}

		/** The unit's value as an exact decimal, or null if it is not a power of ten. */
		public BigDecimal exact() {
			final double e = siExponent - internalExponent(dimension);
			return e == Math.rint(e) ? BigDecimal.ONE.scaleByPowerOfTen((int) e) : null;
		}
	}

	private static final Map<String, Unit> UNITS = new TreeMap<>();

	static {
		final String[][] prefixes = { { "p", "-12" }, { "n", "-9" }, { "u", "-6" }, { "m", "-3" }, { "c", "-2" },
			{ "k", "3" }, { "M", "6" }, { "G", "9" }, { "", "0" }, { "f", "-15" } };
		final Object[][] bases = { { "volt", "V", Dimension.VOLTAGE, 0 }, { "amp", "A", Dimension.CURRENT, 0 },
			{ "second", "s", Dimension.TIME, 0 }, { "ohm", "ohm", Dimension.RESISTANCE, 0 },
			{ "siemens", "S", Dimension.CONDUCTANCE, 0 }, { "farad", "F", Dimension.CAPACITANCE, 0 },
			{ "hertz", "Hz", Dimension.FREQUENCY, 0 }, { "meter", "m", Dimension.LENGTH, 0 },
			{ "metre", null, Dimension.LENGTH, 0 }, { "mole", null, Dimension.AMOUNT, 0 },
			{ "molar", "M", Dimension.AMOUNT.divide(Dimension.LENGTH.power(3)), 3 },
			{ "coulomb", "C", Dimension.CURRENT.times(Dimension.TIME), 0 }, { "gram", "g", Dimension.MASS, -3 },
			{ "kelvin", null, Dimension.TEMPERATURE, 0 } };
		for (final Object[] b : bases)
			for (final String[] p : prefixes) {
				final Unit u = new Unit((Dimension) b[2], Integer.parseInt(p[1]) + (Integer) b[3]);
				UNITS.put(p[0] + b[0], u);
				final String symbol = (String) b[1];
				if (symbol != null && p[0].length() + symbol.length() > 1) UNITS.put(p[0] + symbol, u);
			}
		for (final String p : new String[] { "c", "m", "u" }) {
			final Unit length = UNITS.get(p + "meter");
			UNITS.put(p + "m2", new Unit(Dimension.LENGTH.power(2), 2 * length.siExponent));
			UNITS.put(p + "metre2", new Unit(Dimension.LENGTH.power(2), 2 * length.siExponent));
			UNITS.put(p + "m3", new Unit(Dimension.LENGTH.power(3), 3 * length.siExponent));
		}
		UNITS.remove("Ms"); // megasecond would shadow nothing useful and confuses with ms
		UNITS.remove("MS");
		UNITS.remove("cs");
		UNITS.remove("Gs");
	}

	private Units() {}

	/** The unit called {@code name}, or null. */
	public static Unit get(final String name) {
		return UNITS.get(name);
	}

	/** Every unit name. */
	public static java.util.Set<String> names() {
		return Collections.unmodifiableSet(UNITS.keySet());
	}

	/** log10 of the internal unit of {@code d} in SI (may end in .5). */
	static double internalExponent(final Dimension d) {
		double e = 0;
		for (int i = 0; i < 7; i++)
			e += d.halfExponent(i) * SCALE[i] / 2.0;
		return e;
	}

	/** The internal unit of dimension {@code d} in words, e.g. "mV", "nA", "ms", "uA/cm**2" (for messages and traces). */
	public static String internalName(final Dimension d) {
		if (d.isDimensionless()) return "1";
		for (final String n : new String[] { "mV", "nA", "ms", "uS", "Mohm", "nF", "kHz", "cm", "mV/ms",
			"nA/ms", "ms**0.5", "1/ms**0.5", "mV/ms**0.5", "nA/cm**2", "uS/cm**2", "nF/cm**2" })
		{
			final Dimension nd = dimensionOf(n);
			if (nd != null && nd.equals(d)) return n.equals("kHz") ? "1/ms" : n;
		}
		return d + " (internal unit)";
	}

	private static Dimension dimensionOf(final String spec) {
		try {
			return UnitExpressions.dimension(spec);
		}
		catch (final RuntimeException e) {
			return null;
		}
	}
}

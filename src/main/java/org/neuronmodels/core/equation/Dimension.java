package org.neuronmodels.core.equation;

import java.util.Arrays;

/**
 * A physical dimension: exponents of the SI base dimensions (metre, kilogram,
 * second, ampere, kelvin, mole, candela), in halves so that {@code sqrt} and
 * Brian2's white noise {@code xi} (second<sup>−½</sup>) are representable.
 * Printed in Brian2's words, e.g. {@code volt/second}, {@code amp}, {@code siemens/meter**2}.
 */
public final class Dimension {

	private static final String[] BASE = { "meter", "kilogram", "second", "amp", "kelvin", "mole", "candela" };

	/** No dimension. */
	public static final Dimension ONE = new Dimension(new int[7]);
	/** Length. */
	public static final Dimension LENGTH = base(0);
	/** Mass. */
	public static final Dimension MASS = base(1);
	/** Time. */
	public static final Dimension TIME = base(2);
	/** Electric current. */
	public static final Dimension CURRENT = base(3);
	/** Temperature. */
	public static final Dimension TEMPERATURE = base(4);
	/** Amount of substance. */
	public static final Dimension AMOUNT = base(5);
	/** Electric potential, kg·m²·s⁻³·A⁻¹. */
	public static final Dimension VOLTAGE = MASS.times(LENGTH.power(2)).divide(TIME.power(3)).divide(CURRENT);
	/** Resistance. */
	public static final Dimension RESISTANCE = VOLTAGE.divide(CURRENT);
	/** Conductance. */
	public static final Dimension CONDUCTANCE = CURRENT.divide(VOLTAGE);
	/** Capacitance. */
	public static final Dimension CAPACITANCE = CURRENT.times(TIME).divide(VOLTAGE);
	/** Frequency. */
	public static final Dimension FREQUENCY = TIME.power(-1);

	private static final Object[][] NAMED = { { "volt", VOLTAGE }, { "amp", CURRENT }, { "second", TIME },
		{ "siemens", CONDUCTANCE }, { "ohm", RESISTANCE }, { "farad", CAPACITANCE }, { "meter", LENGTH },
		{ "kilogram", MASS }, { "mole", AMOUNT }, { "kelvin", TEMPERATURE }, { "coulomb", CURRENT.times(TIME) } };

	/** Exponents times two. */
	private final int[] halves;

	private Dimension(final int[] halves) {
		this.halves = halves;
	}

	private static Dimension base(final int i) {
		final int[] h = new int[7];
		h[i] = 2;
		return new Dimension(h);
	}

	/** The product of two dimensions. */
	public Dimension times(final Dimension o) {
		final int[] h = new int[7];
		for (int i = 0; i < 7; i++)
			h[i] = halves[i] + o.halves[i];
		return new Dimension(h);
	}

	/** The quotient of two dimensions. */
	public Dimension divide(final Dimension o) {
		return times(o.power(-1));
	}

	/** This dimension to an integer power. */
	public Dimension power(final int p) {
		final int[] h = new int[7];
		for (int i = 0; i < 7; i++)
			h[i] = halves[i] * p;
		return new Dimension(h);
	}

	/** This dimension to the power {@code p}, or null if an exponent would not be a multiple of ½. */
	public Dimension power(final double p) {
		final int[] h = new int[7];
		for (int i = 0; i < 7; i++) {
			final double x = halves[i] * p;
			if (x != Math.rint(x) || Math.abs(x) > 1000) return null;
			h[i] = (int) x;
		}
		return new Dimension(h);
	}

	/** Whether this is no dimension. */
	public boolean isDimensionless() {
		return equals(ONE);
	}

	/** Twice the exponent of base dimension {@code i} (0 metre … 6 candela). */
	int halfExponent(final int i) {
		return halves[i];
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof Dimension && Arrays.equals(halves, ((Dimension) o).halves);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(halves);
	}

	/** Brian2's way of writing the dimension: a named unit, a named unit over or times a power of second or metre, or base units. */
	@Override
	public String toString() {
		if (isDimensionless()) return "1";
		for (final Object[] n : NAMED)
			if (equals(n[1])) return (String) n[0];
		for (final Dimension by : new Dimension[] { TIME, LENGTH })
			for (final double k : new double[] { 1, -1, 2, -2, 0.5, -0.5, 1.5, -1.5, 3, -3, 4, -4 })
				for (final Object[] n : NAMED) {
					if (n[1] == by) continue;
					if (equals(((Dimension) n[1]).times(by.power(k)))) return n[0] + factor(by == TIME ? "second"
						: "meter", k);
				}
		final StringBuilder up = new StringBuilder(), down = new StringBuilder();
		int downCount = 0;
		for (int i = 0; i < 7; i++) {
			if (halves[i] == 0) continue;
			final StringBuilder b = halves[i] > 0 ? up : down;
			if (b.length() > 0) b.append('*');
			b.append(BASE[i]).append(exponent(Math.abs(halves[i])));
			if (halves[i] < 0) downCount++;
		}
		if (down.length() == 0) return up.toString();
		final String d = downCount > 1 ? "(" + down + ")" : down.toString();
		return (up.length() == 0 ? "1" : up) + "/" + d;
	}

	private static String factor(final String unit, final double k) {
		final double a = Math.abs(k);
		return (k > 0 ? "*" : "/") + unit + (a == 1 ? "" : "**" + (a == Math.rint(a) ? Integer.toString((int) a)
			: Double.toString(a)));
	}

	private static String exponent(final int h) {
		if (h == 2) return "";
		return "**" + (h % 2 == 0 ? Integer.toString(h / 2) : Double.toString(h / 2.0));
	}
}

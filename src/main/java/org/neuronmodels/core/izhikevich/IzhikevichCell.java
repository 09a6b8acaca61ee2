package org.neuronmodels.core.izhikevich;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;

/**
 * The constants of one Izhikevich neuron (immutable):
 * <pre>
 * dv/dt = vSquare·v² + vLinear·v + vConstant − u + I
 * du/dt = a·(b·(v − uVoltageOrigin) − uDecay·u)
 * if v reaches vPeak: v ← c, u ← u + d
 * </pre>
 * The standard model of Izhikevich (2003, 2004) has {@code vSquare = 0.04},
 * {@code vLinear = 5}, {@code vConstant = 140}, {@code uVoltageOrigin = 0},
 * {@code uDecay = 1} and {@code vPeak = 30} mV. Two panels of the 2004 figure
 * code change an equation: (G) and (L) use {@code 0.04v² + 4.1v + 108}, and
 * (R) integrates {@code du/dt = a·b·(v + 65)} ({@code uVoltageOrigin = −65},
 * {@code uDecay = 0}). Voltages in mV, time in ms; u and I in the model's
 * dimensionless ("pA-like") current units.
 */
public final class IzhikevichCell {

	/** The unit of I and u: the dimensionless current of the papers, read like pA. */
	public static final String CURRENT_UNIT = "pA-like units of Izhikevich 2004";

	/** Time scale of the recovery variable u, 1/ms. */
	public final double a;
	/** Sensitivity of u to v. */
	public final double b;
	/** After-spike reset of v, mV. */
	public final double c;
	/** After-spike increment of u. */
	public final double d;
	/** Coefficient of v² in dv/dt, 1/(mV·ms). */
	public final double vSquare;
	/** Coefficient of v in dv/dt, 1/ms. */
	public final double vLinear;
	/** Constant term of dv/dt, mV/ms. */
	public final double vConstant;
	/** The v at which u's drive b·(v − uVoltageOrigin) vanishes, mV. */
	public final double uVoltageOrigin;
	/** Coefficient of −u in du/dt (1: the standard model; 0: no decay of u). */
	public final double uDecay;
	/** Spike cut-off: the spike is registered and drawn at this v, mV. */
	public final double vPeak;

	private IzhikevichCell(final double a, final double b, final double c, final double d, final double vSquare,
		final double vLinear, final double vConstant, final double uVoltageOrigin, final double uDecay,
		final double vPeak)
	{
		this.a = a;
		this.b = b;
		this.c = c;
		this.d = d;
		this.vSquare = vSquare;
		this.vLinear = vLinear;
		this.vConstant = vConstant;
		this.uVoltageOrigin = uVoltageOrigin;
		this.uDecay = uDecay;
		this.vPeak = vPeak;
	}

	/** The standard model (0.04v² + 5v + 140, du/dt = a(bv − u), peak 30 mV) with these a, b, c, d. */
	public static IzhikevichCell of(final double a, final double b, final double c, final double d) {
		return new IzhikevichCell(a, b, c, d, 0.04, 5, 140, 0, 1, 30);
	}

	/** The same cell with {@code dv/dt = vSquare·v² + vLinear·v + vConstant − u + I}. */
	public IzhikevichCell withVEquation(final double vSquare, final double vLinear, final double vConstant) {
		return new IzhikevichCell(a, b, c, d, vSquare, vLinear, vConstant, uVoltageOrigin, uDecay, vPeak);
	}

	/** The same cell with {@code du/dt = a·(b·(v − uVoltageOrigin) − uDecay·u)}. */
	public IzhikevichCell withUEquation(final double uVoltageOrigin, final double uDecay) {
		return new IzhikevichCell(a, b, c, d, vSquare, vLinear, vConstant, uVoltageOrigin, uDecay, vPeak);
	}

	/** The same cell with spikes cut off (registered, reset and drawn) at {@code vPeak} mV. */
	public IzhikevichCell withPeak(final double vPeak) {
		return new IzhikevichCell(a, b, c, d, vSquare, vLinear, vConstant, uVoltageOrigin, uDecay, vPeak);
	}

	/** dv/dt at ({@code v}, {@code u}) with input {@code current}. */
	public double dv(final double v, final double u, final double current) {
		return dv(vSquare, vLinear, vConstant, v, u, current);
	}

	/**
	 * The one dv/dt kernel of every Izhikevich population (single neurons,
	 * sweeps, networks), in the papers' operation order {@code 0.04*v^2 + 5*v +
	 * 140 - u + I}, so that all of them round alike.
	 */
	public static double dv(final double vSquare, final double vLinear, final double vConstant, final double v,
		final double u, final double current)
	{
		return vSquare * (v * v) + vLinear * v + vConstant - u + current;
	}

	/** Checks every constant; the error names the command field (a, b, c, d), its unit and range. */
	public IzhikevichCell validate() {
		Checks.inRange("a", "1/ms", a, -10, 10);
		Checks.inRange("b", "", b, -100, 100);
		Checks.inRange("c", "mV", c, -200, 200);
		Checks.inRange("d", "", d, -1000, 1000);
		Checks.inRange("vSquare", "1/(mV·ms)", vSquare, 1e-6, 10);
		Checks.finite("vLinear", "1/ms", vLinear);
		Checks.finite("vConstant", "mV/ms", vConstant);
		Checks.finite("uVoltageOrigin", "mV", uVoltageOrigin);
		Checks.finite("uDecay", "", uDecay);
		Checks.inRange("vPeak", "mV", vPeak, -100, 200);
		if (!(c < vPeak)) {
			throw new InvalidParameterException("c", "c = " + Checks.fmt(c) +
				" mV is invalid: the reset must be below the spike peak " + Checks.fmt(vPeak) + " mV");
		}
		return this;
	}

	/** "a = 0.02, b = 0.2, c = −65, d = 6" plus any non-standard equation. */
	public String describe() {
		String s = "a = " + Checks.fmt(a) + ", b = " + Checks.fmt(b) + ", c = " + Checks.fmt(c) + ", d = " + Checks.fmt(d);
		if (vSquare != 0.04 || vLinear != 5 || vConstant != 140) {
			s += "; dv/dt = " + Checks.fmt(vSquare) + "v² + " + Checks.fmt(vLinear) + "v + " + Checks.fmt(vConstant) +
				" − u + I";
		}
		if (uVoltageOrigin != 0 || uDecay != 1) {
			final String drive = uVoltageOrigin < 0 ? "v + " + Checks.fmt(-uVoltageOrigin) : "v − " + Checks.fmt(
				uVoltageOrigin);
			s += uDecay == 0 ? "; du/dt = a·b·(" + drive + ")" : "; du/dt = a(b(" + drive + ") − " + Checks.fmt(uDecay) +
				"·u)";
		}
		return s;
	}

	@Override
	public String toString() {
		return describe();
	}
}

package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.Checks;

/**
 * The constants of one Morris–Lecar neuron (immutable), per unit membrane area:
 * <pre>
 * C dV/dt = I − g_L (V − E_L) − g_Ca m∞(V) (V − E_Ca) − g_K w (V − E_K)
 * dw/dt   = φ (w∞(V) − w) / τ_w(V)
 * m∞(V) = (1 + tanh((V − V1)/V2))/2,   w∞(V) = (1 + tanh((V − V3)/V4))/2,
 * τ_w(V) = 1 / cosh((V − V3)/(2·V4))
 * </pre>
 * as in Rinzel &amp; Ermentrout (1989), eqs. of their Appendix A (Ermentrout &amp;
 * Terman 2010, §3.1, write the same equations with E_x for V_x). Units: I in
 * &micro;A/cm&sup2;, conductances mS/cm&sup2;, C &micro;F/cm&sup2;, potentials mV,
 * φ 1/ms, time ms.
 */
public final class MorrisLecarCell {

	/** Membrane capacitance C, &micro;F/cm&sup2;. */
	public final double capacitance;
	/** Leak conductance g_L, mS/cm&sup2;. */
	public final double gL;
	/** Maximal calcium conductance g_Ca, mS/cm&sup2;. */
	public final double gCa;
	/** Maximal potassium conductance g_K, mS/cm&sup2;. */
	public final double gK;
	/** Leak reversal potential E_L (V_L of the papers), mV. */
	public final double eL;
	/** Calcium reversal potential E_Ca (V_Ca), mV. */
	public final double eCa;
	/** Potassium reversal potential E_K (V_K), mV. */
	public final double eK;
	/** Half-activation potential V1 of m∞, mV. */
	public final double v1;
	/** Slope V2 of m∞, mV. */
	public final double v2;
	/** Half-activation potential V3 of w∞ (and centre of τ_w), mV. */
	public final double v3;
	/** Slope V4 of w∞, mV. */
	public final double v4;
	/** Rate scale φ of the potassium gate, 1/ms. */
	public final double phi;

	/** A cell with these constants (not checked: see {@link #validate()}). */
	public MorrisLecarCell(final double capacitance, final double gL, final double gCa, final double gK,
		final double eL, final double eCa, final double eK, final double v1, final double v2, final double v3,
		final double v4, final double phi)
	{
		this.capacitance = capacitance;
		this.gL = gL;
		this.gCa = gCa;
		this.gK = gK;
		this.eL = eL;
		this.eCa = eCa;
		this.eK = eK;
		this.v1 = v1;
		this.v2 = v2;
		this.v3 = v3;
		this.v4 = v4;
		this.phi = phi;
	}

	/** Checks every constant; the error names the parameter (its command field), unit and range. */
	public MorrisLecarCell validate() {
		Checks.inRange("capacitance", "µF/cm²", capacitance, MorrisLecarModel.CAPACITANCE_MIN_VALUE,
			MorrisLecarModel.CAPACITANCE_MAX_VALUE);
		Checks.inRange("gL", "mS/cm²", gL, 0, MorrisLecarModel.CONDUCTANCE_MAX_VALUE);
		Checks.inRange("gCa", "mS/cm²", gCa, 0, MorrisLecarModel.CONDUCTANCE_MAX_VALUE);
		Checks.inRange("gK", "mS/cm²", gK, 0, MorrisLecarModel.CONDUCTANCE_MAX_VALUE);
		Checks.inRange("eL", "mV", eL, -MorrisLecarModel.POTENTIAL_MAX_VALUE, MorrisLecarModel.POTENTIAL_MAX_VALUE);
		Checks.inRange("eCa", "mV", eCa, -MorrisLecarModel.POTENTIAL_MAX_VALUE, MorrisLecarModel.POTENTIAL_MAX_VALUE);
		Checks.inRange("eK", "mV", eK, -MorrisLecarModel.POTENTIAL_MAX_VALUE, MorrisLecarModel.POTENTIAL_MAX_VALUE);
		Checks.inRange("v1", "mV", v1, -MorrisLecarModel.POTENTIAL_MAX_VALUE, MorrisLecarModel.POTENTIAL_MAX_VALUE);
		Checks.inRange("v2", "mV", v2, MorrisLecarModel.SLOPE_MIN_VALUE, MorrisLecarModel.SLOPE_MAX_VALUE);
		Checks.inRange("v3", "mV", v3, -MorrisLecarModel.POTENTIAL_MAX_VALUE, MorrisLecarModel.POTENTIAL_MAX_VALUE);
		Checks.inRange("v4", "mV", v4, MorrisLecarModel.SLOPE_MIN_VALUE, MorrisLecarModel.SLOPE_MAX_VALUE);
		Checks.inRange("phi", "1/ms", phi, MorrisLecarModel.PHI_MIN_VALUE, MorrisLecarModel.PHI_MAX_VALUE);
		return this;
	}

	/** The calcium activation at steady state, m∞(V) (it follows V instantly). */
	public double mInf(final double v) {
		return 0.5 * (1 + Math.tanh((v - v1) / v2));
	}

	/** The steady-state potassium activation w∞(V). */
	public double wInf(final double v) {
		return 0.5 * (1 + Math.tanh((v - v3) / v4));
	}

	/** The relaxation rate φ/τ_w(V) = φ·cosh((V − V3)/(2·V4)) of w, 1/ms. */
	public double wRate(final double v) {
		return phi * Math.cosh((v - v3) / (2 * v4));
	}

	/** dV/dt (mV/ms) at (V, w) with current density {@code current} (&micro;A/cm&sup2;). */
	public double dv(final double v, final double w, final double current) {
		return (current - gL * (v - eL) - gCa * mInf(v) * (v - eCa) - gK * w * (v - eK)) / capacitance;
	}

	/** dw/dt (1/ms) at (V, w). */
	public double dw(final double v, final double w) {
		return wRate(v) * (wInf(v) - w);
	}

	/** The calcium current g_Ca m∞(V)(V − E_Ca), outward positive, &micro;A/cm&sup2;. */
	public double iCa(final double v) {
		return gCa * mInf(v) * (v - eCa);
	}

	/** The potassium current g_K w (V − E_K), outward positive, &micro;A/cm&sup2;. */
	public double iK(final double v, final double w) {
		return gK * w * (v - eK);
	}

	/** The leak current g_L (V − E_L), outward positive, &micro;A/cm&sup2;. */
	public double iL(final double v) {
		return gL * (v - eL);
	}

	/** The constant current (&micro;A/cm&sup2;) for which (V, w∞(V)) is an equilibrium. */
	public double equilibriumCurrent(final double v) {
		return iL(v) + iCa(v) + iK(v, wInf(v));
	}

	/**
	 * The V-nullcline at potential {@code v} and current {@code current}: the w
	 * with dV/dt = 0, {@code (I − I_L − I_Ca)/(g_K (V − E_K))}; NaN where it is
	 * undefined (V = E_K or g_K = 0).
	 */
	public double vNullcline(final double v, final double current) {
		final double denominator = gK * (v - eK);
		if (denominator == 0) return Double.NaN;
		return (current - iL(v) - iCa(v)) / denominator;
	}

	/** The w-nullcline, w = w∞(V). */
	public double wNullcline(final double v) {
		return wInf(v);
	}

	/**
	 * The resting potential at constant current {@code current}: the lowest V
	 * (mV) with {@link #equilibriumCurrent(double)} = I, found by scanning from
	 * 200 mV below the lowest reversal potential upwards in 0.25 mV steps and
	 * bisecting to 1e-12 mV. Where several equilibria coexist this is the most
	 * hyperpolarised one; NaN if there is none within 200 mV of the reversal
	 * potentials.
	 */
	public double restPotential(final double current) {
		final double lo = Math.min(eL, Math.min(eCa, eK)) - 200, hi = Math.max(eL, Math.max(eCa, eK)) + 200;
		final double step = 0.25;
		double a = lo, fa = equilibriumCurrent(a) - current;
		for (double b = lo + step; b <= hi; b += step) {
			final double fb = equilibriumCurrent(b) - current;
			if (fa == 0) return a;
			if (fa < 0 != fb < 0) return bisect(a, b, fa < 0, current);
			a = b;
			fa = fb;
		}
		return Double.NaN;
	}

	private double bisect(double a, double b, final boolean rising, final double current) {
		while (b - a > 1e-12) {
			final double m = 0.5 * (a + b);
			if (equilibriumCurrent(m) - current < 0 == rising) a = m;
			else b = m;
		}
		return 0.5 * (a + b);
	}
}

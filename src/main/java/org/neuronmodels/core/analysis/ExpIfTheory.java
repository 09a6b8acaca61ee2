package org.neuronmodels.core.analysis;

/**
 * Steady states of the exponential integrate-and-fire neuron and of the AdEx
 * neuron with its adaptation at equilibrium ({@code w = a·(V − u_rest)}), for a
 * constant current {@code I} (nA). Both satisfy
 * {@code 0 = −(1 + aR)(V − u_rest) + Δ_T·exp((V − ϑ_rh)/Δ_T) + R·I}
 * (the I–V curve), with {@code a = 0} for the ExpIF. Units: mV, M&Omega;, nA,
 * &micro;S.
 */
public final class ExpIfTheory {

	private ExpIfTheory() {}

	/**
	 * The ExpIF rheobase (nA), the smallest constant current without a stable
	 * rest state: the saddle-node where the I–V curve touches zero,
	 * {@code R·I_rh = ϑ_rh − u_rest − Δ_T}.
	 */
	public static double rheobase(final double vRest, final double vRheobase, final double deltaT,
		final double resistance)
	{
		return (vRheobase - vRest - deltaT) / resistance;
	}

	/**
	 * The current (nA) of the saddle-node of the AdEx steady states:
	 * {@code R·I = (1 + aR)(ϑ_rh + Δ_T·ln(1 + aR) − Δ_T − u_rest)}, for
	 * {@code 1 + aR > 0}. Below it a rest state exists; it is the rheobase when
	 * that rest state stays stable up to there (Touboul &amp; Brette 2008: when
	 * {@code aR < τ_m/τ_w}); otherwise rest loses stability earlier (Hopf).
	 * Equals {@link #rheobase} for {@code a = 0}.
	 */
	public static double saddleNodeCurrent(final double vRest, final double vRheobase, final double deltaT,
		final double resistance, final double a)
	{
		final double k = 1 + a * resistance;
		if (!(k > 0)) return Double.NaN;
		return k * (vRheobase + deltaT * Math.log(k) - deltaT - vRest) / resistance;
	}

	/**
	 * The lower (rest) root, in mV, of the I–V curve for constant {@code current}
	 * nA; NaN when there is none (at or above the saddle-node current). Found by
	 * bisection to machine precision on the bracket from the linear solution
	 * {@code u_rest + R·I/(1 + aR)} to the curve's minimum {@code ϑ_rh + Δ_T·ln(1 + aR)}.
	 */
	public static double restingPotential(final double vRest, final double vRheobase, final double deltaT,
		final double resistance, final double a, final double current)
	{
		final double k = 1 + a * resistance;
		if (!(k > 0)) return Double.NaN;
		final double vMin = vRheobase + deltaT * Math.log(k);
		if (ivCurve(vMin, vRest, vRheobase, deltaT, resistance, k, current) > 0) return Double.NaN;
		double lo = vRest + resistance * current / k; // the curve is > 0 here and ≤ 0 at vMin
		double hi = vMin;
		for (int it = 0; it < 200 && hi - lo > 0; it++) {
			final double mid = 0.5 * (lo + hi);
			if (mid <= lo || mid >= hi) break;
			if (ivCurve(mid, vRest, vRheobase, deltaT, resistance, k, current) > 0) lo = mid;
			else hi = mid;
		}
		return 0.5 * (lo + hi);
	}

	private static double ivCurve(final double v, final double vRest, final double vRheobase, final double deltaT,
		final double resistance, final double k, final double current)
	{
		return -k * (v - vRest) + deltaT * Math.exp((v - vRheobase) / deltaT) + resistance * current;
	}
}

package org.neuronmodels.core.lif;

import org.neuronmodels.core.sim.CrossingTimer;

/**
 * Threshold-crossing times of identical LIF neurons whose inputs differ:
 * exact for the exact update (the exponential inverted inside the step) and
 * for Euler (whose trajectory is linear inside a step).
 */
final class LifCrossingTimer implements CrossingTimer {

	private final double vRest, vTh, r, tau, dt;
	private final boolean exact;

	LifCrossingTimer(final double vRest, final double vTh, final double r, final double tau, final double dt,
		final boolean exact)
	{
		this.vRest = vRest;
		this.vTh = vTh;
		this.r = r;
		this.tau = tau;
		this.dt = dt;
		this.exact = exact;
	}

	@Override
	public double fraction(final int neuron, final double vStart, final double input) {
		final double vInf = vRest + r * input;
		// Exact: V(s) = V∞ + (V0 − V∞)·exp(−s/τ) = V_th  ⇔  s = τ·ln((V0 − V∞)/(V_th − V∞)).
		// Euler: V(s) = V0 + s/τ·(V∞ − V0) along the step  ⇔  s = τ·(V_th − V0)/(V∞ − V0).
		final double s = exact ? tau * Math.log((vStart - vInf) / (vTh - vInf)) : tau * (vTh - vStart) / (vInf -
			vStart);
		final double f = s / dt;
		return f > 1 ? 1 : f > 0 ? f : Double.MIN_VALUE;
	}

	@Override
	public boolean resetsAtStepEnd() {
		return true;
	}
}

package org.neuronmodels.core.hh;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Hodgkin-Huxley point neurons per unit membrane area, structure-of-arrays:
 * <pre>
 * C dV/dt = I − g_Na m³h (V − E_Na) − g_K n⁴ (V − E_K) − g_L (V − E_L)
 * dx/dt   = φ (α_x(u) (1 − x) − β_x(u) x),   x = m, h, n,   u = V − rateOrigin,
 * φ       = 3^((celsius − 6.3)/10)
 * </pre>
 * (I in &micro;A/cm&sup2;). The recordable variables are V, m, h, n and the
 * ionic currents I_Na, I_K, I_L (outward positive, &micro;A/cm&sup2;) of the
 * current state. A spike is an upward crossing of the neuron's
 * {@code spikeThreshold}: V(t_k) &le; θ &lt; V(t_(k+1)); the detector re-arms only
 * once V is back at or below θ, so each action potential counts once.
 */
public final class HhPopulation implements SpikingPopulation {

	private static final String[] VARIABLES = { "V", "m", "h", "n", "I_Na", "I_K", "I_L" };
	private static final String[] UNITS = { "mV", "", "", "", "µA/cm²", "µA/cm²", "µA/cm²" };
	/** How far beyond the reversal potentials (mV) V may go before the run counts as blown up. */
	static final double BOUND_MARGIN = 200;

	private final int size;
	private final double dt;
	private final HhIntegrator integrator;
	private final double origin;
	private final double[] gNa, gK, gL, eNa, eK, eL, invC, phi, threshold;
	private final double[] v, m, h, n, iNa, iK, iL;
	private final double[][] state;
	private final double[] bounds;
	/** Rates α_m, β_m, α_h, β_h, α_n, β_n of the neuron being stepped (scratch, no allocation per step). */
	private final double[] r = new double[6];
	/** RK4 slopes: k1..k4 of V, m, h, n (scratch). */
	private final double[] k = new double[16];

	/**
	 * A population advancing by {@code dt} ms with {@code integrator}; each neuron
	 * starts at its {@code vInit} with the gates at their steady state there.
	 */
	public HhPopulation(final HhParameters parameters, final double dt, final HhIntegrator integrator) {
		parameters.validate();
		Checks.positive("dt", "ms", dt);
		if (integrator == null) throw new IllegalArgumentException("integrator is null");
		this.size = parameters.size();
		this.dt = dt;
		this.integrator = integrator;
		this.origin = parameters.convention.rateOrigin();
		this.gNa = parameters.gNa.clone();
		this.gK = parameters.gK.clone();
		this.gL = parameters.gL.clone();
		this.eNa = parameters.eNa.clone();
		this.eK = parameters.eK.clone();
		this.eL = parameters.eL.clone();
		this.threshold = parameters.spikeThreshold.clone();
		this.invC = new double[size];
		this.phi = new double[size];
		for (int i = 0; i < size; i++) {
			invC[i] = 1 / parameters.capacitance[i];
			phi[i] = HhRates.temperatureFactor(parameters.celsius[i]);
		}
		v = new double[size];
		m = new double[size];
		h = new double[size];
		n = new double[size];
		iNa = new double[size];
		iK = new double[size];
		iL = new double[size];
		state = new double[][] { v, m, h, n, iNa, iK, iL };
		bounds = size == 0 ? new double[] { -1000, 1000 } : new double[] { parameters.lowestReversal() -
			BOUND_MARGIN, parameters.highestReversal() + BOUND_MARGIN };
		for (int i = 0; i < size; i++)
			setVoltage(i, parameters.vInit[i]);
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public double dt() {
		return dt;
	}

	/** The integrator this population uses. */
	public HhIntegrator integrator() {
		return integrator;
	}

	/** Sets neuron {@code i} to {@code value} mV with m, h, n at their steady state for that voltage. */
	public void setVoltage(final int i, final double value) {
		Checks.finite("vInit", "mV", value);
		final double u = value - origin;
		v[i] = value;
		m[i] = HhRates.mInf(u);
		h[i] = HhRates.hInf(u);
		n[i] = HhRates.nInf(u);
		updateCurrents(i);
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		int count = 0;
		for (int i = 0; i < size; i++) {
			final double before = v[i];
			switch (integrator) {
				case RK4:
					stepRk4(i, input[i]);
					break;
				case EXPONENTIAL_EULER:
					stepExponentialEuler(i, input[i]);
					break;
				default:
					stepEuler(i, input[i]);
			}
			updateCurrents(i);
			if (before <= threshold[i] && v[i] > threshold[i]) spiked[count++] = i;
		}
		return count;
	}

	@Override
	public double[] voltage() {
		return v;
	}

	@Override
	public String[] variables() {
		return VARIABLES.clone();
	}

	@Override
	public String[] variableUnits() {
		return UNITS.clone();
	}

	@Override
	public double[] variable(final int index) {
		return state[index];
	}

	/** {@code [lowest reversal − 200, highest reversal + 200]} mV: no membrane survives beyond. */
	@Override
	public double[] voltageBounds() {
		return bounds.clone();
	}

	/** Writes dV/dt, dm/dt, dh/dt, dn/dt of neuron {@code i} at the given state into {@code k[o..o+3]}. */
	private void slopes(final int i, final double vv, final double mm, final double hh, final double nn,
		final double current, final int o)
	{
		HhRates.all(vv - origin, phi[i], r);
		final double m3h = mm * mm * mm * hh;
		final double n2 = nn * nn;
		k[o] = (current - gNa[i] * m3h * (vv - eNa[i]) - gK[i] * n2 * n2 * (vv - eK[i]) - gL[i] * (vv - eL[i])) *
			invC[i];
		k[o + 1] = r[0] * (1 - mm) - r[1] * mm;
		k[o + 2] = r[2] * (1 - hh) - r[3] * hh;
		k[o + 3] = r[4] * (1 - nn) - r[5] * nn;
	}

	private void stepRk4(final int i, final double current) {
		final double v0 = v[i], m0 = m[i], h0 = h[i], n0 = n[i];
		final double half = dt / 2;
		slopes(i, v0, m0, h0, n0, current, 0);
		slopes(i, v0 + half * k[0], m0 + half * k[1], h0 + half * k[2], n0 + half * k[3], current, 4);
		slopes(i, v0 + half * k[4], m0 + half * k[5], h0 + half * k[6], n0 + half * k[7], current, 8);
		slopes(i, v0 + dt * k[8], m0 + dt * k[9], h0 + dt * k[10], n0 + dt * k[11], current, 12);
		final double sixth = dt / 6;
		v[i] = v0 + sixth * (k[0] + 2 * k[4] + 2 * k[8] + k[12]);
		m[i] = m0 + sixth * (k[1] + 2 * k[5] + 2 * k[9] + k[13]);
		h[i] = h0 + sixth * (k[2] + 2 * k[6] + 2 * k[10] + k[14]);
		n[i] = n0 + sixth * (k[3] + 2 * k[7] + 2 * k[11] + k[15]);
	}

	private void stepEuler(final int i, final double current) {
		slopes(i, v[i], m[i], h[i], n[i], current, 0);
		v[i] += dt * k[0];
		m[i] += dt * k[1];
		h[i] += dt * k[2];
		n[i] += dt * k[3];
	}

	/**
	 * x ← x + dt·(A − B·x)·(1 − e^(−B·dt))/(B·dt): the exact solution of the frozen
	 * linear equation, written so that it stays exact as B·dt → 0.
	 */
	private void stepExponentialEuler(final int i, final double current) {
		final double vv = v[i], mm = m[i], hh = h[i], nn = n[i];
		slopes(i, vv, mm, hh, nn, current, 0); // leaves the rates at the old state in r
		final double slopeV = k[0];
		final double n2 = nn * nn;
		final double gTotal = gNa[i] * mm * mm * mm * hh + gK[i] * n2 * n2 + gL[i];
		v[i] = vv + dt * slopeV * relax(dt * gTotal * invC[i]);
		final double bm = r[0] + r[1], bh = r[2] + r[3], bn = r[4] + r[5];
		m[i] = mm + dt * (r[0] - bm * mm) * relax(dt * bm);
		h[i] = hh + dt * (r[2] - bh * hh) * relax(dt * bh);
		n[i] = nn + dt * (r[4] - bn * nn) * relax(dt * bn);
	}

	/** {@code (1 − e^(−z))/z} for z &ge; 0, with the limit 1 at z = 0. */
	static double relax(final double z) {
		if (z < 1e-8) return 1 - z / 2;
		return -Math.expm1(-z) / z;
	}

	private void updateCurrents(final int i) {
		final double vv = v[i], mm = m[i], nn = n[i];
		final double n2 = nn * nn;
		iNa[i] = gNa[i] * mm * mm * mm * h[i] * (vv - eNa[i]);
		iK[i] = gK[i] * n2 * n2 * (vv - eK[i]);
		iL[i] = gL[i] * (vv - eL[i]);
	}
}

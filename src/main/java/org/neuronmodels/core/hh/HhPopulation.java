package org.neuronmodels.core.hh;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.integrate.ConditionallyLinearSystem;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.integrate.CrossingPopulation;

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
public final class HhPopulation extends CrossingPopulation {

	private static final String[] VARIABLES = { "V", "m", "h", "n", "I_Na", "I_K", "I_L" };
	private static final String[] UNITS = { "mV", "", "", "", "µA/cm²", "µA/cm²", "µA/cm²" };
	/** How far beyond the reversal potentials (mV) V may go before the run counts as blown up. */
	static final double BOUND_MARGIN = 200;

	private final Scheme integrator;
	private final double origin;
	private final double[] gNa, gK, gL, eNa, eK, eL, invC, phi;
	private final double[] v, m, h, n, iNa, iK, iL;

	/**
	 * A population advancing by {@code dt} ms with the scheme named {@code integrator},
	 * a name the {@link HhModel} descriptor lists (case-insensitive; blank: its default); another name fails
	 * naming {@code integrator}.
	 */
	public HhPopulation(final HhParameters parameters, final double dt, final String integrator) {
		this(parameters, dt, ModelRegistry.byName(HhModel.NAME).scheme(integrator));
	}

	/**
	 * A population advancing by {@code dt} ms with {@code integrator}, one of the
	 * shared schemes (RK4, Heun, Euler, exponential Euler); each neuron starts at
	 * its {@code vInit} with the gates at their steady state there.
	 */
	public HhPopulation(final HhParameters parameters, final double dt, final Scheme integrator) {
		super(parameters.validate().spikeThreshold.clone(), Checks.positive("dt", "ms", dt), arrays(7, parameters
			.size()), VARIABLES, UNITS);
		if (integrator == null) throw new IllegalArgumentException("integrator is null");
		final int size = parameters.size();
		this.integrator = integrator;
		this.origin = parameters.convention.rateOrigin();
		this.gNa = parameters.gNa.clone();
		this.gK = parameters.gK.clone();
		this.gL = parameters.gL.clone();
		this.eNa = parameters.eNa.clone();
		this.eK = parameters.eK.clone();
		this.eL = parameters.eL.clone();
		this.invC = new double[size];
		this.phi = new double[size];
		for (int i = 0; i < size; i++) {
			invC[i] = 1 / parameters.capacitance[i];
			phi[i] = HhRates.temperatureFactor(parameters.celsius[i]);
		}
		v = variable(0);
		m = variable(1);
		h = variable(2);
		n = variable(3);
		iNa = variable(4);
		iK = variable(5);
		iL = variable(6);
		if (size > 0) bounds(parameters.lowestReversal() - BOUND_MARGIN, parameters.highestReversal() + BOUND_MARGIN);
		for (int i = 0; i < size; i++)
			setVoltage(i, parameters.vInit[i]);
		integrate(integrator, new Equations(), 4);
	}

	/** The integrator this population uses. */
	public Scheme integrator() {
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
		updateDerived(i);
	}

	/**
	 * The right-hand side for the shared integrators: every equation is linear
	 * in its own variable (V with the total conductance g_Na m³h + g_K n⁴ + g_L
	 * over C, each gate with φ(α + β)), so exponential Euler applies.
	 */
	private final class Equations implements ConditionallyLinearSystem {

		/** Rates α_m, β_m, α_h, β_h, α_n, β_n of the neuron being evaluated (scratch, no allocation per step). */
		private final double[] r = new double[6];


		@Override
		public void increments(final int first, final int count, final double[][] y, final double[] input,
			final double dt, final double[][] inc)
		{
			final double[] yv = y[0], ym = y[1], yh = y[2], yn = y[3];
			for (int j = 0; j < count; j++) {
				final double mm = ym[j], hh = yh[j], nn = yn[j];
				inc[0][j] = dt * voltageSlope(first + j, yv[j], mm, hh, nn, input[first + j]);
				inc[1][j] = dt * (r[0] * (1 - mm) - r[1] * mm);
				inc[2][j] = dt * (r[2] * (1 - hh) - r[3] * hh);
				inc[3][j] = dt * (r[4] * (1 - nn) - r[5] * nn);
			}
		}

		@Override
		public void linearised(final int first, final int count, final double[][] y, final double[] input,
			final double dt, final double[][] inc, final double[][] rate)
		{
			final double[] yv = y[0], ym = y[1], yh = y[2], yn = y[3];
			for (int j = 0; j < count; j++) {
				final int i = first + j;
				final double mm = ym[j], hh = yh[j], nn = yn[j];
				inc[0][j] = dt * voltageSlope(i, yv[j], mm, hh, nn, input[i]);
				final double n2 = nn * nn;
				rate[0][j] = dt * (gNa[i] * mm * mm * mm * hh + gK[i] * n2 * n2 + gL[i]) * invC[i];
				final double bm = r[0] + r[1], bh = r[2] + r[3], bn = r[4] + r[5];
				inc[1][j] = dt * (r[0] - bm * mm);
				inc[2][j] = dt * (r[2] - bh * hh);
				inc[3][j] = dt * (r[4] - bn * nn);
				rate[1][j] = dt * bm;
				rate[2][j] = dt * bh;
				rate[3][j] = dt * bn;
			}
		}

		/** dV/dt of neuron {@code i} at (V, m, h, n); leaves the rates at V in {@link #r}. */
		private double voltageSlope(final int i, final double vv, final double mm, final double hh, final double nn,
			final double current)
		{
			HhRates.all(vv - origin, phi[i], r);
			final double m3h = mm * mm * mm * hh;
			final double n2 = nn * nn;
			return (current - gNa[i] * m3h * (vv - eNa[i]) - gK[i] * n2 * n2 * (vv - eK[i]) - gL[i] * (vv - eL[i])) *
				invC[i];
		}
	}

	@Override
	protected void updateDerived(final int i) {
		final double vv = v[i], mm = m[i], nn = n[i];
		final double n2 = nn * nn;
		iNa[i] = gNa[i] * mm * mm * mm * h[i] * (vv - eNa[i]);
		iK[i] = gK[i] * n2 * n2 * (vv - eK[i]);
		iL[i] = gL[i] * (vv - eL[i]);
	}
}

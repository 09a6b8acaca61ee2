package org.neuronmodels.core.adex;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.expif.ExpIfIntegrator;
import org.neuronmodels.core.expif.ExponentialTerm;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Adaptive exponential integrate-and-fire neurons (Brette &amp; Gerstner 2005;
 * <i>Neuronal Dynamics</i> Ch. 6.1), in the form of the neurodynex3 exercises:
 * <pre>
 * τ_m dV/dt = −(V − u_rest) + Δ_T·exp((V − ϑ_rh)/Δ_T) − R·w + R·I(t)
 * τ_w dw/dt = a·(V − u_rest) − w
 * </pre>
 * A spike when {@code V > v_spike} (strict) at the end of a step, then
 * {@code V = v_reset} and {@code w ← w + b}, as Brian2 does (update, threshold,
 * reset). Starts at {@code V = u_rest}, {@code w = 0}. State variables: V (mV)
 * and w (nA). The exponential is capped as described in {@link ExponentialTerm}.
 */
public final class AdExPopulation implements SpikingPopulation {

	private static final String[] VARIABLES = { "V", "w" };
	private static final String[] UNITS = { "mV", "nA" };

	private final int n;
	private final double dt;
	private final ExpIfIntegrator integrator;
	private final double[] v, w;
	private final double[] vRest, vReset, vRheobase, deltaT, vSpike, resistance, a, b;
	private final double[] dtOverTauM, dtOverTauW, cap;

	/** A population at rest ({@code V = u_rest}, {@code w = 0}) advancing by {@code dt} ms with {@code integrator}. */
	public AdExPopulation(final AdExParameters parameters, final double dt, final ExpIfIntegrator integrator) {
		parameters.validate();
		Checks.positive("dt", "ms", dt);
		this.n = parameters.size();
		this.dt = dt;
		this.integrator = integrator;
		this.vRest = parameters.vRest;
		this.vReset = parameters.vReset;
		this.vRheobase = parameters.vRheobase;
		this.deltaT = parameters.deltaT;
		this.vSpike = parameters.vSpike;
		this.resistance = parameters.resistance;
		this.a = parameters.a;
		this.b = parameters.b;
		this.v = parameters.vRest.clone();
		this.w = new double[n];
		this.dtOverTauM = new double[n];
		this.dtOverTauW = new double[n];
		this.cap = new double[n];
		for (int i = 0; i < n; i++) {
			dtOverTauM[i] = dt / parameters.tauM[i];
			dtOverTauW[i] = dt / parameters.tauW[i];
			cap[i] = ExponentialTerm.argumentCap(vSpike[i], vRheobase[i], deltaT[i]);
		}
	}

	@Override
	public int size() {
		return n;
	}

	@Override
	public double dt() {
		return dt;
	}

	/** The integrator this population uses. */
	public ExpIfIntegrator integrator() {
		return integrator;
	}

	/** Sets the membrane potential of neuron {@code i} in mV. */
	public void setVoltage(final int i, final double value) {
		v[i] = Checks.finite("vInit", "mV", value);
	}

	/** Sets the adaptation current of neuron {@code i} in nA. */
	public void setAdaptation(final int i, final double value) {
		w[i] = Checks.finite("wInit", "nA", value);
	}

	/** The adaptation current w of every neuron in nA (a live view: do not modify). */
	public double[] adaptation() {
		return w;
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		final boolean heun = integrator == ExpIfIntegrator.HEUN;
		int count = 0;
		for (int i = 0; i < n; i++) {
			final double x = v[i], y = w[i];
			final double current = input[i];
			final double dv1 = dtOverTauM[i] * voltageRate(i, x, y, current);
			final double dw1 = dtOverTauW[i] * (a[i] * (x - vRest[i]) - y);
			double nextV = x + dv1, nextW = y + dw1;
			if (heun) {
				final double dv2 = dtOverTauM[i] * voltageRate(i, nextV, nextW, current);
				final double dw2 = dtOverTauW[i] * (a[i] * (nextV - vRest[i]) - nextW);
				nextV = x + 0.5 * (dv1 + dv2);
				nextW = y + 0.5 * (dw1 + dw2);
			}
			if (nextV > vSpike[i]) {
				nextV = vReset[i];
				nextW += b[i];
				spiked[count++] = i;
			}
			v[i] = nextV;
			w[i] = nextW;
		}
		return count;
	}

	/** {@code τ_m dV/dt} in mV for neuron {@code i} at V = {@code x} mV, w = {@code y} nA, I = {@code current} nA. */
	private double voltageRate(final int i, final double x, final double y, final double current) {
		return -(x - vRest[i]) + ExponentialTerm.of(x, vRheobase[i], deltaT[i], cap[i]) + resistance[i] *
			(current - y);
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
		if (index == 0) return v;
		if (index == 1) return w;
		throw new IndexOutOfBoundsException("variable " + index);
	}
}

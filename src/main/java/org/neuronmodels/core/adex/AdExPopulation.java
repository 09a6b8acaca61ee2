package org.neuronmodels.core.adex;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.expif.ExponentialTerm;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.Stepper;
import org.neuronmodels.core.model.ModelRegistry;
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
	private final Scheme integrator;
	private final Stepper stepper;
	private final double[] v, w;
	private final double[] vRest, vReset, vRheobase, deltaT, vSpike, resistance, a, b;
	private final double[] dtOverTauM, dtOverTauW, cap;

	/**
	 * A population at rest ({@code V = u_rest}, {@code w = 0}) advancing by {@code dt} ms with the scheme named
	 * {@code integrator}, a name the {@link AdExModel} descriptor lists (case-insensitive;
	 * blank: its default); another name fails naming {@code integrator}.
	 */
	public AdExPopulation(final AdExParameters parameters, final double dt, final String integrator) {
		this(parameters, dt, ModelRegistry.byName(AdExModel.NAME).scheme(integrator));
	}

	/** A population at rest advancing by {@code dt} ms with {@code integrator}, a shared scheme (Euler, Heun, RK4). */
	public AdExPopulation(final AdExParameters parameters, final double dt, final Scheme integrator) {
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
		this.stepper = integrator.stepper(this::increments, new double[][] { v, w }, dt);
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
	public Scheme integrator() {
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
		stepper.step(input, 0, n);
		int count = 0;
		for (int i = 0; i < n; i++)
			if (v[i] > vSpike[i]) {
				v[i] = vReset[i];
				w[i] += b[i];
				spiked[count++] = i;
			}
		return count;
	}

	/** The increments of V and w for the shared integrators, {@code (dt/τ)·(…)} as the equation models write them. */
	private void increments(final int first, final int count, final double[][] y, final double[] input,
		final double h, final double[][] inc)
	{
		final double[] x = y[0], u = y[1], fv = inc[0], fw = inc[1];
		for (int j = 0; j < count; j++) {
			final int i = first + j;
			fv[j] = dtOverTauM[i] * (-(x[j] - vRest[i]) + ExponentialTerm.of(x[j], vRheobase[i], deltaT[i], cap[i]) +
				resistance[i] * (input[i] - u[j]));
			fw[j] = dtOverTauW[i] * (a[i] * (x[j] - vRest[i]) - u[j]);
		}
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

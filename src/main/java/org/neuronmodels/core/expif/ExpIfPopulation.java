package org.neuronmodels.core.expif;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.Stepper;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Exponential integrate-and-fire neurons (Fourcaud-Trocmé et al. 2003;
 * <i>Neuronal Dynamics</i> Ch. 5.2):
 * {@code τ_m dV/dt = −(V − u_rest) + Δ_T·exp((V − ϑ_rh)/Δ_T) + R·I(t)}.
 * A spike when {@code V > v_spike} (strict) at the end of a step, then
 * {@code V = v_reset}, held there for the refractory period by an integer step
 * counter ({@code round(tRef/dt)} steps after the spike step), as in
 * {@link org.neuronmodels.core.lif.LifPopulation}. The exponential is capped as
 * described in {@link ExponentialTerm}.
 */
public final class ExpIfPopulation implements SpikingPopulation {

	private final int n;
	private final double dt;
	private final Scheme integrator;
	private final Stepper stepper;
	private final double[] v;
	private final int[] refractoryLeft;
	private final double[] vRest, vReset, vRheobase, deltaT, vSpike, resistance;
	private final double[] dtOverTau, cap;
	private final int[] refractorySteps;

	/**
	 * A population at rest ({@code V = u_rest}) advancing by {@code dt} ms with the scheme named
	 * {@code integrator}, a name the {@link ExpIfModel} descriptor lists (case-insensitive;
	 * blank: its default); another name fails naming {@code integrator}.
	 */
	public ExpIfPopulation(final ExpIfParameters parameters, final double dt, final String integrator) {
		this(parameters, dt, ModelRegistry.byName(ExpIfModel.NAME).scheme(integrator));
	}

	/**
	 * A population at rest ({@code V = u_rest}) advancing by {@code dt} ms with
	 * {@code integrator}, a shared scheme (Euler, Heun, RK4); a refractory
	 * neuron's derivative is zero, so every scheme holds its V.
	 */
	public ExpIfPopulation(final ExpIfParameters parameters, final double dt, final Scheme integrator) {
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
		this.v = parameters.vRest.clone();
		this.refractoryLeft = new int[n];
		this.dtOverTau = new double[n];
		this.cap = new double[n];
		this.refractorySteps = new int[n];
		for (int i = 0; i < n; i++) {
			dtOverTau[i] = dt / parameters.tauM[i];
			cap[i] = ExponentialTerm.argumentCap(vSpike[i], vRheobase[i], deltaT[i]);
			refractorySteps[i] = (int) Math.round(parameters.tRef[i] / dt);
		}
		this.stepper = integrator.stepper(this::increments, new double[][] { v }, dt);
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

	@Override
	public int step(final double[] input, final int[] spiked) {
		stepper.step(input, 0, n);
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (refractoryLeft[i] > 0) {
				refractoryLeft[i]--;
				continue;
			}
			if (v[i] > vSpike[i]) {
				v[i] = vReset[i];
				refractoryLeft[i] = refractorySteps[i];
				spiked[count++] = i;
			}
		}
		return count;
	}

	/**
	 * The increment {@code (dt/τ_m)·(…)} of V for the shared integrators (as the
	 * equation models write it); zero while refractory.
	 */
	private void increments(final int first, final int count, final double[][] y, final double[] input,
		final double h, final double[][] inc)
	{
		final double[] x = y[0], f = inc[0];
		for (int j = 0; j < count; j++) {
			final int i = first + j;
			f[j] = refractoryLeft[i] > 0 ? 0 : dtOverTau[i] * (-(x[j] - vRest[i]) + ExponentialTerm.of(x[j],
				vRheobase[i], deltaT[i], cap[i]) + resistance[i] * input[i]);
		}
	}

	@Override
	public double[] voltage() {
		return v;
	}
}

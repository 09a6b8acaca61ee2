package org.neuronmodels.core.lif;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.integrate.LinearSystem;
import org.neuronmodels.core.integrate.Scheme;
import org.neuronmodels.core.integrate.Stepper;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Leaky integrate-and-fire neurons, {@code τ_m dV/dt = −(V − V_rest) + R·I(t)}:
 * a spike when {@code V > V_th} (strict), then {@code V = V_reset}, held there
 * for the refractory period by an integer step counter (no float drift). The
 * refractory period lasts {@code round(tRef/dt)} steps after the spike step.
 */
public final class LifPopulation implements SpikingPopulation {

	private final int n;
	private final double dt;
	private final double[] v;
	private final int[] refractoryLeft;
	private final double[] vRest, vReset, vThreshold, resistance;
	private final double[] tauM;
	private final int[] refractorySteps;
	private final Scheme integrator;
	private final Stepper stepper;

	/**
	 * A population at rest ({@code V = V_rest}) advancing by {@code dt} ms with the scheme named
	 * {@code integrator}, a name the {@link LifModel} descriptor lists (case-insensitive;
	 * blank: its default); another name fails naming {@code integrator}.
	 */
	public LifPopulation(final LifParameters parameters, final double dt, final String integrator) {
		this(parameters, dt, ModelRegistry.byName(LifModel.NAME).scheme(integrator));
	}

	/**
	 * A population at rest ({@code V = V_rest}) advancing by {@code dt} ms with
	 * {@code integrator}, a shared scheme: {@code Exact}
	 * ({@code V ← V∞ + (V − V∞)·exp(−dt/τ_m)}, {@code V∞ = V_rest + R·I}, the
	 * operation order of the network's LIF kernels), Euler, Heun or RK4. A
	 * refractory neuron's derivative is zero and its target its own V, so every
	 * scheme holds it.
	 */
	public LifPopulation(final LifParameters parameters, final double dt, final Scheme integrator) {
		parameters.validate();
		Checks.positive("dt", "ms", dt);
		this.n = parameters.size();
		this.dt = dt;
		this.integrator = integrator;
		this.vRest = parameters.vRest;
		this.vReset = parameters.vReset;
		this.vThreshold = parameters.vThreshold;
		this.resistance = parameters.resistance;
		this.v = parameters.vRest.clone();
		this.refractoryLeft = new int[n];
		this.tauM = parameters.tauM;
		this.refractorySteps = new int[n];
		for (int i = 0; i < n; i++) {
			refractorySteps[i] = (int) Math.round(parameters.tRef[i] / dt);
		}
		this.stepper = integrator.stepper(new Equations(), new double[][] { v }, dt);
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
			if (v[i] > vThreshold[i]) {
				v[i] = vReset[i];
				refractoryLeft[i] = refractorySteps[i];
				spiked[count++] = i;
			}
		}
		return count;
	}

	/**
	 * {@code τ_m dV/dt = V∞ − V} with {@code V∞ = V_rest + R·I}, for the shared
	 * integrators; held while refractory.
	 */
	private final class Equations implements LinearSystem {


		@Override
		public double timeConstant(final int k, final int i) {
			return tauM[i];
		}

		@Override
		public void targets(final int first, final int count, final double[][] y, final double[] input,
			final double[][] target)
		{
			final double[] x = y[0], t = target[0];
			for (int j = 0; j < count; j++) {
				final int i = first + j;
				t[j] = refractoryLeft[i] > 0 ? x[j] : vRest[i] + resistance[i] * input[i];
			}
		}

		@Override
		public void increments(final int first, final int count, final double[][] y, final double[] input,
			final double h, final double[][] inc)
		{
			final double[] x = y[0], f = inc[0];
			for (int j = 0; j < count; j++) {
				final int i = first + j;
				f[j] = refractoryLeft[i] > 0 ? 0 : h / tauM[i] * (vRest[i] + resistance[i] * input[i] - x[j]);
			}
		}
	}

	@Override
	public double[] voltage() {
		return v;
	}
}

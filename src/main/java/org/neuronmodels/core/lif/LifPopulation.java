package org.neuronmodels.core.lif;

import org.neuronmodels.core.Checks;
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
	private final double[] decay;
	private final int[] refractorySteps;
	private final LifIntegrator integrator;

	/** A population at rest ({@code V = V_rest}) advancing by {@code dt} ms with {@code integrator}. */
	public LifPopulation(final LifParameters parameters, final double dt, final LifIntegrator integrator) {
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
		this.decay = new double[n];
		this.refractorySteps = new int[n];
		for (int i = 0; i < n; i++) {
			decay[i] = integrator.decay(dt, parameters.tauM[i]);
			refractorySteps[i] = (int) Math.round(parameters.tRef[i] / dt);
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
	public LifIntegrator integrator() {
		return integrator;
	}

	/** Sets the membrane potential of neuron {@code i} in mV. */
	public void setVoltage(final int i, final double value) {
		v[i] = Checks.finite("vInit", "mV", value);
	}

	@Override
	public int step(final double[] input, final int[] spiked) {
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (refractoryLeft[i] > 0) {
				refractoryLeft[i]--;
				continue;
			}
			final double vInf = vRest[i] + resistance[i] * input[i];
			double x = vInf + (v[i] - vInf) * decay[i];
			if (x > vThreshold[i]) {
				x = vReset[i];
				refractoryLeft[i] = refractorySteps[i];
				spiked[count++] = i;
			}
			v[i] = x;
		}
		return count;
	}

	@Override
	public double[] voltage() {
		return v;
	}
}

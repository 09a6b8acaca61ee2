package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.random.RandomStream;

/**
 * Stationary Ornstein-Uhlenbeck noise with mean {@code mean}, s.d. {@code sigma}
 * and correlation time {@code tau}, updated exactly (no discretisation error for
 * any dt): {@code x_0 = mean + sigma·ξ_0},
 * {@code x_(k+1) = mean + (x_k - mean)·e^(-dt/tau) + sigma·sqrt(1 - e^(-2dt/tau))·ξ_(k+1)},
 * with standard normal {@code ξ_k} from {@code RandomStream.of(seed, OU_NOISE_STREAM)}.
 * Hence {@code corr(x_k, x_(k+L)) = e^(-L·dt/tau)}.
 */
final class OrnsteinUhlenbeckStimulus implements Stimulus {

	private final double mean;
	private final double sigma;
	private final double tau;
	private final long seed;

	OrnsteinUhlenbeckStimulus(final double mean, final double sigma, final double tau, final long seed) {
		this.mean = mean;
		this.sigma = sigma;
		this.tau = tau;
		this.seed = seed;
	}

	@Override
	public double[] sample(final TimeGrid grid) {
		final double[] out = new double[grid.steps()];
		final RandomStream random = RandomStream.of(seed, Stimuli.OU_NOISE_STREAM);
		final double decay = Math.exp(-grid.dt() / tau);
		final double kick = sigma * Math.sqrt(-Math.expm1(-2 * grid.dt() / tau));
		double deviation = sigma * random.nextGaussian();
		for (int k = 0; k < out.length; k++) {
			if (k > 0) deviation = deviation * decay + kick * random.nextGaussian();
			out[k] = mean + deviation;
		}
		return out;
	}

	@Override
	public String describe() {
		return "OU noise mean " + Checks.fmt(mean) + " " + Stimuli.CURRENT + ", sd " + Checks.fmt(sigma) + " " +
			Stimuli.CURRENT + ", tau " + Checks.fmt(tau) + " ms, seed " + seed;
	}

	@Override
	public String toString() {
		return describe();
	}
}

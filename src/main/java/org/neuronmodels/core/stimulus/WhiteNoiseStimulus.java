package org.neuronmodels.core.stimulus;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.random.RandomStream;

/**
 * Gaussian white noise {@code I_k = mean + sigma·ξ_k/sqrt(dt)} with independent
 * standard normal {@code ξ_k} from {@code RandomStream.of(seed, WHITE_NOISE_STREAM)}.
 * {@code sigma} is in nA·√ms, so {@code Σ I_k·dt} over an interval {@code T} has
 * s.d. {@code sigma·sqrt(T)} for every dt (the discretisation of
 * {@code mean + sigma·η(t)} with {@code <η(t)η(s)> = δ(t - s)}).
 */
final class WhiteNoiseStimulus implements Stimulus {

	private final double mean;
	private final double sigma;
	private final long seed;

	WhiteNoiseStimulus(final double mean, final double sigma, final long seed) {
		this.mean = mean;
		this.sigma = sigma;
		this.seed = seed;
	}

	@Override
	public double[] sample(final TimeGrid grid) {
		final double[] out = new double[grid.steps()];
		RandomStream.of(seed, Stimuli.WHITE_NOISE_STREAM).fillGaussian(out);
		final double scale = sigma / Math.sqrt(grid.dt());
		for (int k = 0; k < out.length; k++)
			out[k] = mean + scale * out[k];
		return out;
	}

	@Override
	public String describe() {
		return "white noise mean " + Checks.fmt(mean) + " " + Stimuli.CURRENT + ", sigma " + Checks.fmt(sigma) + " " +
			Stimuli.CURRENT + "·√ms, seed " + seed;
	}

	@Override
	public String toString() {
		return describe();
	}
}
